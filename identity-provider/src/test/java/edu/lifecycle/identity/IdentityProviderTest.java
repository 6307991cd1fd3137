package edu.lifecycle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/** The embedded provider over real HTTP on 127.0.0.1: what a service, the demo and a test see of it. */
class IdentityProviderTest {
    @TempDir
    static Path folder;

    static IdentityProvider provider;
    static JwtDecoder decoder;

    @BeforeAll
    static void start() {
        provider = IdentityProvider.start(IdentitySettings.forTests(folder.resolve("identity")));
        NimbusJwtDecoder jwtDecoder = NimbusJwtDecoder.withJwkSetUri(provider.issuer() + "/oauth2/jwks")
                .build();
        jwtDecoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(provider.issuer()));
        decoder = jwtDecoder;
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void servesItsDiscoveryDocumentAndKeysUnderItsIssuer() throws Exception {
        assertThat(provider.issuer()).matches("http://127\\.0\\.0\\.1:\\d+");
        var discovery = JsonMapper.builder().build().readTree(get("/.well-known/openid-configuration"));
        assertThat(discovery.get("issuer").stringValue()).isEqualTo(provider.issuer());
        assertThat(discovery.get("jwks_uri").stringValue()).isEqualTo(provider.issuer() + "/oauth2/jwks");
        var keys = JsonMapper.builder().build().readTree(get("/oauth2/jwks")).get("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("kty").stringValue()).isEqualTo("RSA");
        assertThat(keys.get(0).has("d")).as("no private part published").isFalse();
    }

    @Test
    void integrationClientGetsAVerifiableTokenWithEveryStaffRoleButPrivacy() {
        Jwt jwt = decoder.decode(clientToken(Clients.INTEGRATION).value());

        assertThat(jwt.getAudience()).containsExactly(Clients.AUDIENCE);
        assertThat(jwt.getIssuer().toString()).isEqualTo(provider.issuer());
        assertThat(jwt.getSubject()).isEqualTo(Clients.INTEGRATION);
        assertThat(jwt.getClaimAsStringList("roles"))
                .containsExactlyInAnyOrder(
                        Roles.ADMISSIONS_OFFICER,
                        Roles.BURSAR,
                        Roles.REGISTRAR,
                        Roles.PLACEMENT_OFFICER,
                        Roles.OPERATIONS_VIEWER);
        assertThat(jwt.getExpiresAt())
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(15)), within(30, ChronoUnit.SECONDS));
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
    }

    @Test
    void metricsClientHasOnlyTheOperationsViewerRole() {
        Jwt jwt = decoder.decode(clientToken(Clients.METRICS).value());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly(Roles.OPERATIONS_VIEWER);
        assertThat(jwt.getAudience()).containsExactly(Clients.AUDIENCE);
    }

    @Test
    void operationsClientHasOnlyTheOperationsEngineerRole() {
        Jwt jwt = decoder.decode(clientToken(Clients.OPERATIONS).value());

        assertThat(jwt.getSubject()).isEqualTo(Clients.OPERATIONS);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly(Roles.OPERATIONS_ENGINEER);
        assertThat(jwt.getAudience()).containsExactly(Clients.AUDIENCE);
    }

    @Test
    void theOperationsEngineerIsADemoUserWithThatRoleOnly() {
        Jwt jwt =
                decoder.decode(provider.tokens().user(Roles.OPERATIONS_ENGINEER).value());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly(Roles.OPERATIONS_ENGINEER);
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("operations-engineer");
    }

    @Test
    void noOtherClientActsAsTheOperationsEngineer() {
        for (var clientId : List.of(Clients.INTEGRATION, Clients.METRICS)) {
            assertThat(decoder.decode(clientToken(clientId).value()).getClaimAsStringList("roles"))
                    .as(clientId)
                    .doesNotContain(Roles.OPERATIONS_ENGINEER);
        }
    }

    @Test
    void testClientHasNoRole() {
        Jwt jwt = decoder.decode(clientToken(Clients.TEST).value());

        assertThat(jwt.getClaimAsStringList("roles")).isEmpty();
        assertThat(jwt.getSubject()).isEqualTo(Clients.TEST);
    }

    @Test
    void expiredClientGetsASignedTokenThatExpiredBeforeItWasHandedOut() {
        AccessToken token = clientToken(Clients.TEST_EXPIRED);

        assertThat(token.expiresAt()).isBefore(Instant.now().minus(Duration.ofMinutes(4)));
        assertThatThrownBy(() -> decoder.decode(token.value()))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        NimbusJwtDecoder signatureOnly = NimbusJwtDecoder.withJwkSetUri(provider.issuer() + "/oauth2/jwks")
                .build();
        signatureOnly.setJwtValidator(
                jwt -> org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.success());
        Jwt jwt = signatureOnly.decode(token.value());
        assertThat(jwt.getIssuedAt()).isBefore(jwt.getExpiresAt());
        assertThat(jwt.getClaimAsStringList("roles")).contains(Roles.BURSAR);
    }

    @Test
    void wrongClientSecretIsRefusedWith401() {
        TokenClient client = new TokenClient(provider.issuer());

        assertThatThrownBy(() -> client.clientCredentials(Clients.INTEGRATION, "not-the-secret"))
                .isInstanceOfSatisfying(
                        TokenRequestException.class,
                        refused -> assertThat(refused.status()).isEqualTo(401));
    }

    @Test
    void studentSignedInByMailboxLinkCarriesTheirStudentId() {
        Jwt jwt = decoder.decode(provider.tokens().user(DemoUsers.STUDENT).value());

        assertThat(jwt.getClaimAsString("student_id")).isEqualTo("s00001");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly(Roles.STUDENT);
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo(DemoUsers.STUDENT);
        assertThat(jwt.getSubject()).isEqualTo(DemoUsers.STUDENT);
        assertThat(jwt.getAudience()).containsExactly(Clients.AUDIENCE);
    }

    @Test
    void staffSignedInByMailboxLinkCarriesOnlyTheirRole() {
        Jwt jwt = decoder.decode(provider.tokens().user(Roles.BURSAR).value());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly(Roles.BURSAR);
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo(Roles.BURSAR);
        assertThat(jwt.getClaims()).doesNotContainKey("student_id");
        assertThat(Files.exists(folder.resolve("identity/mailbox/bursar"))).isTrue();
    }

    @Test
    void secondStudentIsTheCohortsSecond() {
        Jwt jwt = decoder.decode(provider.tokens().user(DemoUsers.STUDENT2).value());

        assertThat(jwt.getClaimAsString("student_id")).isEqualTo("s00002");
    }

    @Test
    void userSignsInWithTheGeneratedPasswordThroughTheLoginForm() {
        String password = provider.accounts().password(Roles.REGISTRAR);

        Jwt jwt =
                decoder.decode(provider.tokens().user(Roles.REGISTRAR, password).value());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly(Roles.REGISTRAR);
    }

    @Test
    void wrongPasswordGetsNoToken() {
        assertThatThrownBy(() -> provider.tokens().user(Roles.REGISTRAR, "wrong-password"))
                .isInstanceOf(TokenRequestException.class);
    }

    @Test
    void unknownUserGetsNoLinkAndNoMailbox() {
        assertThatThrownBy(() -> provider.tokens().user("../stranger")).isInstanceOf(TokenRequestException.class);
        assertThat(folder.resolve("identity/stranger")).doesNotExist();
    }

    @Test
    void secretsAndKeyAreReadableByTheOwnerOnly() throws Exception {
        Path directory = provider.directory();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
                .isEqualTo("rwx------");
        for (Path file : List.of(
                provider.accounts().file(),
                directory.resolve(SigningKey.FILE_NAME),
                directory.resolve("mailbox/student"))) {
            provider.tokens().user(DemoUsers.STUDENT);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.toString())
                    .isEqualTo("rw-------");
        }
        assertThat(provider.accounts().clientSecret(Clients.INTEGRATION)).matches("[A-Za-z0-9]{24,}");
        assertThat(provider.accounts().toString())
                .doesNotContain(provider.accounts().clientSecret(Clients.INTEGRATION));
    }

    static AccessToken clientToken(String clientId) {
        return new TokenClient(provider.issuer())
                .clientCredentials(clientId, provider.accounts().clientSecret(clientId));
    }

    static String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(provider.issuer() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
