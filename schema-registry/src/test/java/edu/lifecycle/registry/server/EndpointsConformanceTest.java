package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.ConformanceRegistry.guidOf;
import static edu.lifecycle.registry.server.RegistryHttp.REGISTRY_JSON;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conformance: the endpoints clients call beyond the serializer's, answered as Confluent 8.2 answers them. */
class EndpointsConformanceTest {

    @RegisterExtension
    final ConformanceRegistry registry = new ConformanceRegistry();

    private RegistryHttp http() {
        return registry.http();
    }

    @Test
    void listsTheIdsThatHoldAGuidInTheDefaultContext() {
        http().register("courses-value", StudentSchemas.course());
        http().register("students-value", student(ID));
        String guid = guidOf(new Schema.Parser().parse(student(ID)).toString());

        assertThat(http().get("/schemas/guids/" + guid + "/ids"))
                .isEqualTo(new Reply(200, REGISTRY_JSON, "[{\"context\":\".\",\"id\":2}]"));
    }

    @Test
    void anUnknownGuidHoldsNoIds() {
        assertThat(http().get("/schemas/guids/00000000-0000-0000-0000-000000000000/ids"))
                .isEqualTo(new Reply(200, REGISTRY_JSON, "[]"));
    }

    @Test
    void noVersionCarriesMetadataSoTheLatestWithMetadataIsNotFound() {
        http().register("students-value", student(ID));

        assertThat(http().get("/subjects/students-value/metadata?key=owner&value=registrar"))
                .isEqualTo(new Reply(404, REGISTRY_JSON, "{\"error_code\":40403,\"message\":\"Schema not found\"}"));
        assertThat(http().get("/subjects/students-value/metadata"))
                .isEqualTo(new Reply(404, REGISTRY_JSON, "{\"error_code\":40403,\"message\":\"Schema not found\"}"));
    }

    @Test
    void theMetadataOfAnUnknownSubjectIsASubjectNotFound() {
        assertThat(http().get("/subjects/nosuch-value/metadata?key=owner&value=registrar"))
                .isEqualTo(new Reply(
                        404,
                        REGISTRY_JSON,
                        "{\"error_code\":40401,\"message\":\"Subject 'nosuch-value' not found.\"}"));
    }

    /** Confluent's JavaScript serde resolves every topic's subject through its associations first. */
    @Test
    void answersTheJavaScriptSerdesAssociationQueryWithNoAssociations() {
        assertThat(http().get("/associations/resources/-/students?resourceType=topic&associationType=value"))
                .isEqualTo(new Reply(200, REGISTRY_JSON, "[]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/associations/subjects/students-value", "/associations/resources/lkc-1-students"})
    void answersTheOtherAssociationQueriesWithNoAssociations(String path) {
        assertThat(http().get(path)).isEqualTo(new Reply(200, REGISTRY_JSON, "[]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nowhere", "/subjects/students-value/versions/1/nowhere", "/schemas/guids"})
    void anUnknownPathIsJerseysNotFound(String path) {
        assertThat(http().get(path))
                .isEqualTo(new Reply(404, REGISTRY_JSON, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}"));
    }

    @Test
    void anUnknownPathIsNotFoundWhateverTheClientAccepts() {
        assertThat(http().send("GET", "/nowhere", null, REGISTRY_JSON, "text/plain")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aKnownPathWithAnotherMethodIsJerseysMethodNotAllowed() {
        assertThat(http().delete("/schemas/types"))
                .isEqualTo(new Reply(
                        405, REGISTRY_JSON, "{\"error_code\":405,\"message\":\"HTTP 405 Method Not Allowed\"}"));
    }

    @Test
    void theRootTakesAPostLikeAGet() {
        assertThat(http().post("/", "{}")).isEqualTo(new Reply(200, REGISTRY_JSON, "{}"));
    }
}
