package edu.lifecycle.servicekit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 503 with {@code Retry-After}, not a 500, when a token cannot be checked because the identity provider does not
 * answer (its discovery document or keys): the decoder is built lazily, so a service starts before its provider,
 * and the first requests may come before the provider answers.
 */
public final class IssuerUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IssuerUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (AuthenticationServiceException | JwtDecoderInitializationException e) {
            if (response.isCommitted()) {
                throw e;
            }
            log.warn("A token could not be checked, the identity provider does not answer: {}", String.valueOf(e));
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            SecurityProblems.write(request, response, SecurityProblems.providerUnavailable());
        }
    }
}
