package edu.lifecycle.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.command.IdempotencyKey;
import edu.lifecycle.servicekit.security.TestIssuer;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The kit's declarations on a command endpoint ({@code @IdempotencyKey}, {@code @BadRequestProblem},
 * {@code @NotFoundProblem}, {@code @UnavailableProblem}): what the OpenAPI document says, and what a client sending a
 * good, missing or malformed key gets.
 */
@SpringBootTest(
        classes = HttpContractApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "management.endpoint.health.group.readiness.include=readinessState"})
class CommandEndpointDeclarationsTest {

    private static final String PATH = "/api/v1/students/S-1/placements/P-1/validation";

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add(TestIssuer.ISSUER_URI, TestIssuer.shared()::issuer);
    }

    @LocalServerPort
    private int port;

    private HttpContractClient.Answer validate(String idempotencyKey) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return new HttpContractClient(port).send(request);
    }

    private JsonNode operation() {
        var docs = new HttpContractClient(port).get("/v3/api-docs");
        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
        return docs.json()
                .get("paths")
                .get("/api/v1/students/{studentId}/placements/{placementId}/validation")
                .get("post");
    }

    @Test
    void theHeaderIsDocumentedOnceAsAnOptionalHeaderWithItsRule() {
        var parameters = operation().get("parameters");

        assertThat(parameters.valueStream().map(p -> p.get("name").asString()))
                .containsExactly("studentId", "placementId", "Idempotency-Key");
        var header = parameters.get(2);
        assertThat(header.get("in").asString()).isEqualTo("header");
        assertThat(header.get("required").asBoolean()).isFalse();
        assertThat(header.get("description").asString())
                .isEqualTo(IdempotencyKey.DESCRIPTION)
                .contains(Identifiers.RULE);
        assertThat(header.get("schema").get("type").asString()).isEqualTo("string");
    }

    @Test
    void eachProblemResponseIsAProblemDocumentWithTheOperationsOwnWords() {
        var responses = operation().get("responses");

        assertThat(responses.propertyNames()).containsExactlyInAnyOrder("400", "404", "503");
        assertThat(responses.get("400").get("description").asString()).isEqualTo("A malformed id or Idempotency-Key");
        assertThat(responses.get("404").get("description").asString()).isEqualTo("No such placement");
        assertThat(responses.get("503").get("description").asString())
                .isEqualTo("The read model is being rebuilt or moved; retry after the Retry-After delay");
        for (String status : new String[] {"400", "404", "503"}) {
            assertThat(responses
                            .get(status)
                            .get("content")
                            .get("application/problem+json")
                            .get("schema")
                            .get("$ref")
                            .asString())
                    .isEqualTo("#/components/schemas/ProblemDetail");
        }
    }

    @Test
    void aKeyIsHandedToTheHandlerAndNoKeyIsNull() {
        assertThat(validate("retry-1.a:B_2").json().get("idempotencyKey").asString())
                .isEqualTo("retry-1.a:B_2");
        assertThat(validate(null).json().get("idempotencyKey").asString()).isEqualTo("(none)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "..", "clé", "k;1"})
    void aMalformedKeyIsRefusedNamingTheHeaderBeforeTheHandlerRuns(String key) {
        var problem = validate(key).problem(400);

        assertThat(problem.get("detail").asString())
                .isEqualTo("Header Idempotency-Key must be " + Identifiers.RULE + ".");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must be " + Identifiers.RULE);
    }

    @Test
    void aKeyOfMoreThan100CharactersIsRefusedAndOneOf100Accepted() {
        assertThat(validate("k".repeat(100)).status()).isEqualTo(200);
        assertThat(validate("k".repeat(101)).invalidField("Idempotency-Key")).isEqualTo("must be " + Identifiers.RULE);
    }
}
