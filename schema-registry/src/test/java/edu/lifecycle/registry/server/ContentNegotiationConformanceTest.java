package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.RegistryHttp.JDK_DEFAULT_ACCEPT;
import static edu.lifecycle.registry.server.RegistryHttp.REGISTRY_JSON;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conformance: the response type follows the Accept header as Confluent's Jersey resources choose it. They produce
 * {@code application/vnd.schemaregistry.v1+json}, {@code application/vnd.schemaregistry+json} and
 * {@code application/json}, preferred in that order.
 */
class ContentNegotiationConformanceTest {

    @RegisterExtension
    final ConformanceRegistry registry = new ConformanceRegistry();

    private Reply getSubjects(String accept) {
        return registry.http().send("GET", "/subjects", null, REGISTRY_JSON, accept);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "application/json|application/json",
                "application/vnd.schemaregistry+json|application/vnd.schemaregistry+json",
                "application/vnd.schemaregistry.v1+json|application/vnd.schemaregistry.v1+json",
                "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json"
                        + "|application/vnd.schemaregistry.v1+json",
                "*/*|application/vnd.schemaregistry.v1+json",
                "application/*|application/vnd.schemaregistry.v1+json",
                "text/plain, application/json;q=0.9|application/json",
                "application/json, */*;q=0.1|application/json",
                JDK_DEFAULT_ACCEPT + "|application/vnd.schemaregistry.v1+json"
            })
    void answersInTheTypeJerseyNegotiates(String accept, String expected) {
        assertThat(getSubjects(accept)).isEqualTo(new Reply(200, expected, "[]"));
    }

    @Test
    void withoutAnAcceptHeaderAnswersTheRegistryType() {
        assertThat(getSubjects(null)).isEqualTo(new Reply(200, REGISTRY_JSON, "[]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/html", "application/xml", "application/json;q=0"})
    void refusesAClientThatAcceptsNoneOfTheRegistrysTypes(String accept) {
        assertThat(getSubjects(accept))
                .isEqualTo(
                        new Reply(406, REGISTRY_JSON, "{\"error_code\":406,\"message\":\"HTTP 406 Not Acceptable\"}"));
    }

    @Test
    void aRefusedRequestChangesNothing() {
        Reply refused = registry.http()
                .send(
                        "POST",
                        "/subjects/students-value/versions",
                        RegistryHttp.schemaBody(student(ID)),
                        REGISTRY_JSON,
                        "text/plain");

        assertThat(refused.status()).isEqualTo(406);
        assertThat(registry.http().get("/subjects").body()).isEqualTo("[]");
    }

    @Test
    void errorsComeInTheNegotiatedTypeToo() {
        assertThat(registry.http()
                        .send("GET", "/subjects/nosuch-value/versions", null, REGISTRY_JSON, "application/json"))
                .isEqualTo(new Reply(
                        404,
                        "application/json",
                        "{\"error_code\":40401,\"message\":\"Subject 'nosuch-value' not found.\"}"));
    }
}
