package edu.lifecycle.servicekit.security;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** The security filter chain's one authorization step: the service's {@link AccessRules}. */
public final class AccessRulesAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final AccessRules rules;

    public AccessRulesAuthorization(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return rules.decide(context.getRequest(), authentication.get());
    }
}
