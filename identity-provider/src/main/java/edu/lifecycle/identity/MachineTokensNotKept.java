package edu.lifecycle.identity;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps sign-ins in memory but not client-credentials grants. The in-memory store never forgets a completed grant,
 * and tests, the demo and benchmarks ask for many machine tokens in a long-lived JVM; the services verify tokens by
 * signature, so nothing looks a machine token up again (no introspection, no refresh token to revoke).
 */
final class MachineTokensNotKept implements OAuth2AuthorizationService {
    private final OAuth2AuthorizationService kept = new InMemoryOAuth2AuthorizationService();

    @Override
    public void save(OAuth2Authorization authorization) {
        if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(authorization.getAuthorizationGrantType())) {
            kept.save(authorization);
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        kept.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return kept.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return kept.findByToken(token, tokenType);
    }
}
