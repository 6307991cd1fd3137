package edu.lifecycle.servicekit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 naming the roles that may, or 404 for a student asking for another student's resource. */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        if (exception instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof AccessDecision decision) {
            var problem = switch (decision.refusal()) {
                case NOT_DISCLOSED -> SecurityProblems.notFound(request.getRequestURI());
                case NO_RULE -> SecurityProblems.noRule();
                case LACKS_ROLE, NONE -> SecurityProblems.lacksRole(decision.roles());
            };
            SecurityProblems.write(request, response, problem);
            return;
        }
        SecurityProblems.write(request, response, SecurityProblems.lacksRole(Set.of()));
    }
}
