package edu.lifecycle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class MachineTokensNotKeptTest {
    private final MachineTokensNotKept authorizations = new MachineTokensNotKept();

    @Test
    void forgetsClientCredentialsGrantsSoManyMachineTokensDoNotFillTheHeap() {
        authorizations.save(grant("machine", AuthorizationGrantType.CLIENT_CREDENTIALS, "machine-token"));

        assertThat(authorizations.findById("machine")).isNull();
        assertThat(authorizations.findByToken("machine-token", OAuth2TokenType.ACCESS_TOKEN))
                .isNull();
    }

    @Test
    void keepsAUsersSignIn() {
        authorizations.save(grant("person", AuthorizationGrantType.AUTHORIZATION_CODE, "person-token"));

        assertThat(authorizations.findById("person")).isNotNull();
        assertThat(authorizations.findByToken("person-token", OAuth2TokenType.ACCESS_TOKEN))
                .isNotNull();
    }

    private static OAuth2Authorization grant(String id, AuthorizationGrantType grantType, String token) {
        RegisteredClient client = RegisteredClient.withId("client")
                .clientId("client")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(grantType)
                .redirectUri("http://127.0.0.1:8091/swagger-ui/oauth2-redirect.html")
                .build();
        Instant issued = Instant.parse("2026-09-01T08:00:00Z");
        return OAuth2Authorization.withRegisteredClient(client)
                .id(id)
                .principalName("someone")
                .authorizationGrantType(grantType)
                .accessToken(new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER, token, issued, issued.plusSeconds(900)))
                .build();
    }
}
