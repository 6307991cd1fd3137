package edu.lifecycle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** What the data folder keeps across restarts, and that two providers in one JVM stay apart. */
class IdentityProviderRestartTest {
    @TempDir
    Path folder;

    @Test
    void restartOnTheSameFolderKeepsKeyAndSecretsSoEarlierTokensStillVerify() throws Exception {
        IdentitySettings settings = IdentitySettings.forTests(folder.resolve("identity"));
        String token;
        String keyId;
        String secret;
        String password;
        try (IdentityProvider first = IdentityProvider.start(settings)) {
            assertThat(first.firstStart()).isTrue();
            secret = first.accounts().clientSecret(Clients.INTEGRATION);
            password = first.accounts().password(DemoUsers.STUDENT);
            token = first.tokens()
                    .clientCredentials(Clients.INTEGRATION, secret)
                    .value();
            keyId = JWSObject.parse(token).getHeader().getKeyID();
        }

        try (IdentityProvider second = IdentityProvider.start(settings)) {
            assertThat(second.firstStart()).isFalse();
            assertThat(second.accounts().clientSecret(Clients.INTEGRATION)).isEqualTo(secret);
            assertThat(second.accounts().password(DemoUsers.STUDENT)).isEqualTo(password);
            String newToken = second.tokens()
                    .clientCredentials(Clients.INTEGRATION, secret)
                    .value();
            assertThat(JWSObject.parse(newToken).getHeader().getKeyID()).isEqualTo(keyId);
            // The second start took another free port: the old token's iss differs, its signature must still verify.
            Jwt old = NimbusJwtDecoder.withJwkSetUri(second.issuer() + "/oauth2/jwks")
                    .build()
                    .decode(token);
            assertThat(old.getSubject()).isEqualTo(Clients.INTEGRATION);
            for (Path file :
                    new Path[] {second.accounts().file(), second.directory().resolve(SigningKey.FILE_NAME)}) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void twoProvidersInOneJvmHaveTheirOwnKeysAndIssuersAndRefuseEachOthersTokens() throws Exception {
        try (IdentityProvider school = IdentityProvider.start(IdentitySettings.forTests(folder.resolve("school")));
                IdentityProvider foreign =
                        IdentityProvider.start(IdentitySettings.forTests(folder.resolve("foreign")))) {
            assertThat(foreign.issuer()).isNotEqualTo(school.issuer());
            assertThat(foreign.accounts().clientSecret(Clients.INTEGRATION))
                    .isNotEqualTo(school.accounts().clientSecret(Clients.INTEGRATION));
            String foreignToken = foreign.tokens()
                    .clientCredentials(Clients.INTEGRATION, foreign.accounts().clientSecret(Clients.INTEGRATION))
                    .value();
            String schoolToken = school.tokens()
                    .clientCredentials(Clients.INTEGRATION, school.accounts().clientSecret(Clients.INTEGRATION))
                    .value();
            assertThat(JWSObject.parse(foreignToken).getHeader().getKeyID())
                    .isNotEqualTo(JWSObject.parse(schoolToken).getHeader().getKeyID());

            NimbusJwtDecoder schoolDecoder = NimbusJwtDecoder.withJwkSetUri(school.issuer() + "/oauth2/jwks")
                    .build();
            schoolDecoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(school.issuer()));
            assertThat(schoolDecoder.decode(schoolToken).getIssuer().toString()).isEqualTo(school.issuer());
            assertThatThrownBy(() -> schoolDecoder.decode(foreignToken))
                    .isInstanceOf(org.springframework.security.oauth2.jwt.JwtException.class);
            // Each one signs its own users in through its own mailbox.
            assertThat(foreign.tokens().user(DemoUsers.STUDENT).value()).isNotBlank();
        }
    }

    @Test
    void ignoresSystemPropertiesMeantForTheServicesSharingItsJvm() {
        String previous = System.getProperty("spring.main.web-application-type");
        System.setProperty("spring.main.web-application-type", "none");
        try (IdentityProvider provider = IdentityProvider.start(IdentitySettings.forTests(folder.resolve("own")))) {
            assertThat(provider.tokens()
                            .clientCredentials(
                                    Clients.METRICS, provider.accounts().clientSecret(Clients.METRICS))
                            .value())
                    .isNotBlank();
        } finally {
            if (previous == null) {
                System.clearProperty("spring.main.web-application-type");
            } else {
                System.setProperty("spring.main.web-application-type", previous);
            }
        }
    }
}
