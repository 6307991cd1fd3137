package edu.lifecycle.servicekit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as Spring's bearer-token entry point answers it ({@code WWW-Authenticate: Bearer}, with
 * {@code error="invalid_token"} when a token was sent), plus an RFC 9457 body.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        bearer.commence(request, response, exception);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean tokenSent = authorization != null && !authorization.isBlank();
        SecurityProblems.write(request, response, SecurityProblems.unauthenticated(tokenSent));
    }
}
