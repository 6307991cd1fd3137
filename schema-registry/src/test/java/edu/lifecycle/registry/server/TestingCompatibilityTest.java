package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.EMAIL;
import static edu.lifecycle.registry.server.StudentSchemas.EMAIL_WITH_DEFAULT;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestingCompatibilityTest {

    @RegisterExtension
    final InMemoryRegistry registry = new InMemoryRegistry();

    private RegistryHttp http() {
        return registry.http();
    }

    private Reply test(String path, String schema) {
        return http().post(path, RegistryHttp.schemaBody(schema));
    }

    @Test
    void acceptsACompatibleSchemaWithoutRegisteringIt() {
        http().register("probe-value", student(ID));

        Reply reply = test("/compatibility/subjects/probe-value/versions/latest", student(ID, EMAIL_WITH_DEFAULT));

        assertThat(reply.body()).isEqualTo("{\"is_compatible\":true}");
        assertThat(http().get("/subjects/probe-value/versions").body()).isEqualTo("[1]");
    }

    @Test
    void explainsARefusalWhenVerbose() {
        http().register("probe-value", student(ID));

        JsonNode reply = test("/compatibility/subjects/probe-value/versions/1?verbose=true", student(ID, EMAIL))
                .json();

        assertThat(reply.get("is_compatible").asBoolean()).isFalse();
        assertThat(reply.get("messages")).hasSize(4);
        assertThat(reply.get("messages").get(0).asText()).startsWith("{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE'");
        assertThat(reply.get("messages").get(1).asText()).isEqualTo("{oldSchemaVersion: 1}");
        assertThat(reply.get("messages").get(3).asText())
                .isEqualTo("{validateFields: 'false', compatibility: 'BACKWARD'}");
    }

    @Test
    void anUnknownSubjectIsCompatibleWithAnything() {
        assertThat(test("/compatibility/subjects/nosuch-value/versions/latest", student(ID))
                        .body())
                .isEqualTo("{\"is_compatible\":true}");
        assertThat(test("/compatibility/subjects/nosuch-value/versions", student(ID))
                        .body())
                .isEqualTo("{\"is_compatible\":true}");
    }

    @Test
    void againstAllVersionsFollowsATransitiveLevel() {
        http().setCompatibility("probe-value", "BACKWARD_TRANSITIVE");
        http().register("probe-value", student(ID));
        http().register("probe-value", student(ID, EMAIL_WITH_DEFAULT));

        assertThat(test("/compatibility/subjects/probe-value/versions/latest", student(ID, EMAIL))
                        .body())
                .isEqualTo("{\"is_compatible\":true}");
        assertThat(test("/compatibility/subjects/probe-value/versions", student(ID, EMAIL))
                        .body())
                .isEqualTo("{\"is_compatible\":false}");
    }

    @Test
    void anInvalidSchemaIsA42201OrAMessageWhenVerbose() {
        http().register("probe-value", student(ID));

        assertThat(test("/compatibility/subjects/probe-value/versions/latest", "{\"type\":\"recrd\"}")
                        .errorCode())
                .isEqualTo(42201);
        JsonNode verbose = test(
                        "/compatibility/subjects/probe-value/versions/latest?verbose=true", "{\"type\":\"recrd\"}")
                .json();
        assertThat(verbose.get("is_compatible").asBoolean()).isFalse();
        assertThat(verbose.get("messages").get(0).asText()).startsWith("Invalid schema");
    }
}
