package edu.lifecycle.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the token contract of ADR 12 into every token: {@code aud}, {@code roles}, {@code preferred_username} and, for
 * a student, {@code student_id}. A client-credentials token carries its client's roles and the client id as
 * {@code sub}; a user's token the user's roles and the username.
 */
final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {
    static final String ROLES = "roles";
    static final String STUDENT_ID = "student_id";
    static final String PREFERRED_USERNAME = "preferred_username";
    /** How long before issue the expired test client's tokens claim to be issued, and when they expired. */
    static final Duration EXPIRED_ISSUED_AGO = Duration.ofMinutes(10);

    static final Duration EXPIRED_AGO = Duration.ofMinutes(5);

    private final Map<String, ClientSpec> clients;
    private final Clock clock;

    TokenClaims(List<ClientSpec> clients, Clock clock) {
        this.clients = clients.stream().collect(Collectors.toMap(ClientSpec::clientId, Function.identity()));
        this.clock = clock;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        JwtClaimsSet.Builder claims = context.getClaims();
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken =
                OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            ClientSpec client = clients.get(context.getRegisteredClient().getClientId());
            claims.subject(client.clientId()).claim(ROLES, client.roles());
            if (client.issuesExpiredTokens()) {
                Instant now = clock.instant();
                Instant issued = now.minus(EXPIRED_ISSUED_AGO);
                claims.issuedAt(issued).notBefore(issued).expiresAt(now.minus(EXPIRED_AGO));
            }
        } else {
            String username = context.getPrincipal().getName();
            DemoUsers.find(username).ifPresent(user -> {
                claims.claim(ROLES, user.roles()).claim(PREFERRED_USERNAME, user.username());
                user.studentId().ifPresent(studentId -> claims.claim(STUDENT_ID, studentId));
            });
        }
        if (accessToken) {
            // Every service accepts only this audience (not the client id, the default): one audience, many services.
            claims.audience(List.of(Clients.AUDIENCE));
        }
    }
}
