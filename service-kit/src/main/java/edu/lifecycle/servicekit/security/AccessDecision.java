package edu.lifecycle.servicekit.security;

import java.util.Set;
import org.springframework.security.authorization.AuthorizationDecision;

/** The access rules' answer, with what the refusal tells the client. */
public final class AccessDecision extends AuthorizationDecision {

    /** Why a request was refused: the error handlers answer 403 naming the roles, or 404. */
    public enum Refusal {
        NONE,
        /** 403: the caller lacks the roles the rule names. */
        LACKS_ROLE,
        /** 403: no rule covers the request (deny by default). */
        NO_RULE,
        /** 404: a student asking for another student's resource; its existence is not disclosed. */
        NOT_DISCLOSED
    }

    private final Refusal refusal;
    private final Set<String> roles;

    private AccessDecision(boolean granted, Refusal refusal, Set<String> roles) {
        super(granted);
        this.refusal = refusal;
        this.roles = roles;
    }

    static AccessDecision granted() {
        return new AccessDecision(true, Refusal.NONE, Set.of());
    }

    static AccessDecision lacksRole(Set<String> roles) {
        return new AccessDecision(false, Refusal.LACKS_ROLE, roles);
    }

    static AccessDecision noRule() {
        return new AccessDecision(false, Refusal.NO_RULE, Set.of());
    }

    static AccessDecision notDisclosed() {
        return new AccessDecision(false, Refusal.NOT_DISCLOSED, Set.of());
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The roles that may, for a {@link Refusal#LACKS_ROLE}. */
    public Set<String> roles() {
        return roles;
    }
}
