package edu.lifecycle.servicekit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problems the security layer answers before any controller runs: 401, 403, the 404 that hides another
 * student's resource, and 503 while the identity provider cannot be reached.
 */
public final class SecurityProblems {

    /** Stable identifiers of the kinds of refusal, not pages to visit. */
    public static final URI UNAUTHENTICATED = URI.create("https://student-lifecycle.example/problems/unauthenticated");

    public static final URI FORBIDDEN = URI.create("https://student-lifecycle.example/problems/forbidden");

    private static final JsonMapper JSON = new JsonMapper();

    private SecurityProblems() {}

    public static ProblemDetail unauthenticated(boolean tokenSent) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNAUTHORIZED,
                tokenSent
                        ? "The bearer token is not valid here: malformed, expired, signed by another issuer or meant "
                                + "for another audience. Sign in again."
                        : "This request needs a bearer token (Authorization: Bearer ...) from the school's identity "
                                + "provider.");
        problem.setTitle("Unauthenticated");
        problem.setType(UNAUTHENTICATED);
        return problem;
    }

    public static ProblemDetail forbidden(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Forbidden");
        problem.setType(FORBIDDEN);
        return problem;
    }

    public static ProblemDetail lacksRole(Collection<String> roles) {
        return forbidden(
                roles.isEmpty()
                        ? "This request is not open to your roles."
                        : "This request needs one of the roles: " + String.join(", ", roles) + ".");
    }

    public static ProblemDetail noRule() {
        return forbidden("No access rule covers this request, so it is refused (deny by default).");
    }

    /** Reads like any other not-found, and says nothing of whether the resource exists. */
    public static ProblemDetail notFound(String path) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nothing was found at " + path + ".");
        problem.setTitle("Not found");
        return problem;
    }

    public static ProblemDetail providerUnavailable() {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The identity provider that signs tokens cannot be reached to check this one; retry in a moment.");
        problem.setTitle("Temporarily unavailable");
        return problem;
    }

    /** Writes {@code problem} as the response body; headers already set (WWW-Authenticate) are kept. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        if (problem.getType() != null && !"about:blank".equals(problem.getType().toString())) {
            body.put("type", problem.getType().toString());
        }
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
        response.getWriter().flush();
    }
}
