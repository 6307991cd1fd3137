package edu.lifecycle.servicekit.security;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.json.KitJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The security layer on a real Tomcat, with tokens of a local issuer: what a client is answered, and why. */
@SpringBootTest(
        classes = SecuredApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "management.endpoint.health.group.readiness.include=readinessState",
            "lifecycle.security.clock-skew=30s"
        })
class ResourceServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final TestIssuer issuer = TestIssuer.shared();

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private Environment environment;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add(TestIssuer.ISSUER_URI, TestIssuer.shared()::issuer);
    }

    @Test
    void withoutATokenTheAnswerIs401WithABearerChallengeAndAProblem() {
        var answer = get("/api/v1/me", null);

        assertProblem(answer, 401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer").doesNotContain("invalid_token"));
        assertThat(json(answer).get("type").asString()).endsWith("/problems/unauthenticated");
    }

    @Test
    void aMalformedTokenIs401InvalidToken() {
        var answer = get("/api/v1/me", "not-a-jwt");

        assertProblem(answer, 401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).contains("error=\"invalid_token\""));
    }

    @Test
    void aTokenExpiredBeyondTheClockSkewIs401AndOneWithinItPasses() {
        String longExpired = issuer.token(claims -> claims.subject("r")
                .claim("roles", List.of(Roles.REGISTRAR))
                .issueTime(Date.from(Instant.now().minusSeconds(600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(45))));
        String justExpired = issuer.token(claims -> claims.subject("r")
                .claim("roles", List.of(Roles.REGISTRAR))
                .issueTime(Date.from(Instant.now().minusSeconds(600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(10))));

        assertProblem(get("/api/v1/me", longExpired), 401);
        assertThat(get("/api/v1/me", justExpired).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        String foreign = issuer.token(claims -> claims.subject("r")
                .issuer("https://elsewhere.example/realms/other")
                .claim("roles", List.of(Roles.REGISTRAR)));

        assertProblem(get("/api/v1/me", foreign), 401);
    }

    @Test
    void aTokenMeantForAnotherAudienceIs401() {
        String otherAudience = issuer.token(
                claims -> claims.subject("r").audience("payroll").claim("roles", List.of(Roles.REGISTRAR)));

        assertProblem(get("/api/v1/me", otherAudience), 401);
    }

    @Test
    void aTokenSignedWithAKeyTheIssuerNeverPublishedIs401() {
        assertProblem(get("/api/v1/me", issuer.tokenSignedByAnotherKey("r", Roles.REGISTRAR)), 401);
    }

    @Test
    void aWrongRoleIs403NamingTheRolesThatMay() {
        var answer = get("/api/v1/programmes/M2-ISD/results", issuer.token("b-1", Roles.BURSAR));

        assertProblem(answer, 403);
        assertThat(json(answer).get("type").asString()).endsWith("/problems/forbidden");
        assertThat(json(answer).get("detail").asString()).contains("registrar", "operations-viewer");
    }

    @Test
    void theRightRolePasses() {
        assertThat(get("/api/v1/programmes/M2-ISD/results", issuer.token("v-1", Roles.OPERATIONS_VIEWER))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void rolesFromKeycloaksRealmAccessCount() {
        String keycloak = issuer.token(claims ->
                claims.subject("kc-1").claim("realm_access", Map.of("roles", List.of(Roles.REGISTRAR))));

        assertThat(get("/api/v1/programmes/M2-ISD/results", keycloak).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theCallersStaffIdIsThePreferredUsernameElseTheSubject() {
        String named = issuer.token(claims -> claims.subject("6f1c-uuid")
                .claim("preferred_username", "registrar.dupont")
                .claim("roles", List.of(Roles.REGISTRAR)));

        assertThat(json(get("/api/v1/me", named)).get("staffId").asString()).isEqualTo("registrar.dupont");
        assertThat(json(get("/api/v1/me", issuer.token("6f1c-uuid", Roles.REGISTRAR)))
                        .get("staffId")
                        .asString())
                .isEqualTo("6f1c-uuid");
    }

    @Test
    void aStudentReadsTheirOwnTranscriptAndAnotherStudentsIsNotFound() {
        String student = issuer.studentToken("STU-1");

        assertThat(get("/api/v1/transcripts/STU-1", student).statusCode()).isEqualTo(200);
        var other = get("/api/v1/transcripts/STU-2", student);
        assertProblem(other, 404);
        assertThat(json(other).get("title").asString()).isEqualTo("Not found");
        assertThat(other.body()).doesNotContain("student", "forbidden", "STU-1");
    }

    @Test
    void aStudentOnAnEndpointWithoutAStudentRuleIs403() {
        assertProblem(get("/api/v1/programmes/M2-ISD/results", issuer.studentToken("STU-1")), 403);
    }

    @Test
    void aStudentSubmitsTheirOwnApplicationOnlyWhileAnOfficerSubmitsAnyone() {
        String student = issuer.studentToken("STU-1");

        assertThat(post("/api/v1/applications", "{\"studentId\":\"STU-1\"}", student)
                        .statusCode())
                .isEqualTo(200);
        var someoneElse = post("/api/v1/applications", "{\"studentId\":\"STU-2\"}", student);
        assertProblem(someoneElse, 403);
        assertThat(json(someoneElse).get("type").asString()).endsWith("/problems/forbidden");
        assertThat(post(
                                "/api/v1/applications",
                                "{\"studentId\":\"STU-2\"}",
                                issuer.token("o-1", Roles.ADMISSIONS_OFFICER))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anEndpointNoRuleNamesIsRefusedToEveryRole() {
        String everyRole = issuer.token("all", Roles.ALL.toArray(String[]::new));

        var answer = get("/api/v1/forgotten", everyRole);
        assertProblem(answer, 403);
        assertThat(answer.body()).doesNotContain("should never be seen");
        assertProblem(get("/api/v1/no-such-route", everyRole), 403);
        assertProblem(get("/api/v1/forgotten", null), 401);
    }

    @Test
    void aViewerWhoAsksToReplayPurgeOrAuditIs403NamingTheEngineerAndAnEngineerPasses() {
        String viewer = issuer.token("v-1", Roles.OPERATIONS_VIEWER);
        String engineer = issuer.token("e-1", Roles.OPERATIONS_ENGINEER);
        for (var change : List.of(
                HttpRequest.newBuilder(uri("/api/v1/dead-letters/billing-service/0-4/replay"))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                HttpRequest.newBuilder(uri("/api/v1/dead-letters/billing-service/replay?again=true"))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                HttpRequest.newBuilder(uri("/api/v1/dead-letters/billing-service"))
                        .DELETE(),
                HttpRequest.newBuilder(uri("/api/v1/read-model-audit")).POST(HttpRequest.BodyPublishers.noBody()))) {
            var refused = send(change.copy(), viewer);
            String what = refused.request().method() + " " + refused.uri().getPath();

            assertProblem(refused, 403);
            assertThat(json(refused).get("type").asString()).as(what).endsWith("/problems/forbidden");
            assertThat(json(refused).get("detail").asString())
                    .as(what)
                    .isEqualTo("This request needs one of the roles: operations-engineer.");
            // This application maps no operations endpoint: past the rules, the engineer meets an unknown route.
            assertThat(send(change.copy(), engineer).statusCode()).as(what).isEqualTo(404);
        }
    }

    @Test
    void bothOperationsRolesReadTheDeadLetters() {
        for (var role : List.of(Roles.OPERATIONS_VIEWER, Roles.OPERATIONS_ENGINEER)) {
            assertThat(get("/api/v1/dead-letters", issuer.token("o-1", role)).statusCode())
                    .as(role)
                    .isEqualTo(404);
            assertThat(get("/api/v1/dead-letters/billing-service/0-4", issuer.token("o-1", role))
                            .statusCode())
                    .as(role)
                    .isEqualTo(404);
        }
        assertProblem(get("/api/v1/dead-letters", issuer.token("r-1", Roles.REGISTRAR)), 403);
    }

    @Test
    void healthAnswersAnonymouslyWithTheStatusOnlyAndWithDetailsForTheOperationsViewer() {
        var anonymous = get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(json(anonymous).get("status").asString()).isEqualTo("UP");
        assertThat(json(anonymous).has("components"))
                .as("anonymously, the status only")
                .isFalse();
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        var viewer = get("/actuator/health", issuer.token("v-1", Roles.OPERATIONS_VIEWER));
        assertThat(json(viewer).get("components").get("diskSpace").has("details"))
                .isTrue();
        var engineer = get("/actuator/health", issuer.token("e-1", Roles.OPERATIONS_ENGINEER));
        assertThat(json(engineer).get("components").get("diskSpace").has("details"))
                .as("the engineer judges a replay by the same details")
                .isTrue();
        var registrar = get("/actuator/health", issuer.token("r-1", Roles.REGISTRAR));
        assertThat(json(registrar).has("components")).isFalse();
    }

    @Test
    void prometheusNeedsAnOperationsRole() {
        assertProblem(get("/actuator/prometheus", null), 401);
        assertProblem(get("/actuator/prometheus", issuer.token("r-1", Roles.REGISTRAR)), 403);
        for (var role : List.of(Roles.OPERATIONS_VIEWER, Roles.OPERATIONS_ENGINEER)) {
            var scraped = get("/actuator/prometheus", issuer.token("o-1", role));
            assertThat(scraped.statusCode()).as(role).isEqualTo(200);
            assertThat(scraped.body()).as(role).contains("jvm_");
        }
    }

    @Test
    void theApiDescriptionIsPublicAndSaysHowToSignIn() {
        var docs = get("/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode scheme = json(docs).get("components").get("securitySchemes").get(SignInWithOpenIdConnect.SCHEME);
        assertThat(scheme.get("type").asString()).isEqualTo("openIdConnect");
        assertThat(scheme.get("openIdConnectUrl").asString())
                .isEqualTo(issuer.issuer() + "/.well-known/openid-configuration");
        assertThat(json(docs).get("security").toString()).contains(SignInWithOpenIdConnect.SCHEME);
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
        assertThat(environment.getProperty("springdoc.swagger-ui.oauth.client-id"))
                .isEqualTo("lifecycle-console");
    }

    @Test
    void noUserStoreSoNoGeneratedPassword() {
        assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
    }

    private HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    private HttpResponse<String> post(String path, String json, String token) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static JsonNode json(HttpResponse<String> answer) {
        return KitJson.mapper().readTree(answer.body());
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(answer).get("status").asInt()).isEqualTo(status);
        assertThat(json(answer).get("detail").asString()).isNotBlank();
    }
}
