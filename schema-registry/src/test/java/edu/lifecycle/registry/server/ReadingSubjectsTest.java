package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.EMAIL_WITH_DEFAULT;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.course;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReadingSubjectsTest {

    @RegisterExtension
    final InMemoryRegistry registry = new InMemoryRegistry();

    private RegistryHttp http;

    @BeforeEach
    void twoSubjects() {
        http = registry.http();
        http.register("students-value", student(ID));
        http.register("students-value", student(ID, EMAIL_WITH_DEFAULT));
        http.register("courses-value", course());
    }

    @Test
    void listsSubjectsSorted() {
        assertThat(http.get("/subjects").body()).isEqualTo("[\"courses-value\",\"students-value\"]");
    }

    @Test
    void filtersSubjectsByPrefix() {
        assertThat(http.get("/subjects?subjectPrefix=stu").body()).isEqualTo("[\"students-value\"]");
    }

    @Test
    void listsSoftDeletedSubjectsOnlyWhenAsked() {
        http.delete("/subjects/courses-value");

        assertThat(http.get("/subjects").body()).isEqualTo("[\"students-value\"]");
        assertThat(http.get("/subjects?deleted=true").body()).isEqualTo("[\"courses-value\",\"students-value\"]");
        assertThat(http.get("/subjects?deletedOnly=true").body()).isEqualTo("[\"courses-value\"]");
    }

    @Test
    void listsVersions() {
        http.delete("/subjects/students-value/versions/1");

        assertThat(http.get("/subjects/students-value/versions").body()).isEqualTo("[2]");
        assertThat(http.get("/subjects/students-value/versions?deleted=true").body())
                .isEqualTo("[1,2]");
    }

    @Test
    void readsOneVersionWithEverythingConfluentShows() {
        JsonNode version = http.get("/subjects/students-value/versions/1").json();

        assertThat(version.get("subject").asText()).isEqualTo("students-value");
        assertThat(version.get("version").asInt()).isEqualTo(1);
        assertThat(version.get("id").asInt()).isEqualTo(1);
        assertThat(version.get("guid").asText()).hasSize(36);
        assertThat(version.get("schemaType").asText()).isEqualTo("AVRO");
        assertThat(version.get("schema").asText())
                .isEqualTo(new Schema.Parser().parse(student(ID)).toString());
        assertThat(version.get("ts").asLong()).isPositive();
        assertThat(version.get("deleted").asBoolean()).isFalse();
    }

    @Test
    void latestAndMinusOneNameTheLatestLiveVersion() {
        assertThat(http.get("/subjects/students-value/versions/latest").version())
                .isEqualTo(2);
        assertThat(http.get("/subjects/students-value/versions/-1").version()).isEqualTo(2);

        http.delete("/subjects/students-value/versions/2");

        assertThat(http.get("/subjects/students-value/versions/latest").version())
                .isEqualTo(1);
    }

    @Test
    void aSoftDeletedVersionIsShownWithDeletedTrue() {
        http.delete("/subjects/students-value/versions/1");

        Reply reply = http.get("/subjects/students-value/versions/1?deleted=true");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("deleted").asBoolean()).isTrue();
    }

    @Test
    void servesTheRawSchemaAsJson() {
        Reply reply = http.get("/subjects/students-value/versions/1/schema");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body())
                .isEqualTo(new Schema.Parser().parse(student(ID)).toString());
    }

    @Test
    void nothingRefersToAVersion() {
        assertThat(http.get("/subjects/students-value/versions/1/referencedby").body())
                .isEqualTo("[]");
    }

    @Test
    void looksUpTheVersionHoldingASchema() {
        Reply found = http.lookUp("students-value", student(ID).replace(":", " : "));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("subject").asText()).isEqualTo("students-value");
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.id()).isEqualTo(1);
        assertThat(found.json().get("schema").asText())
                .isEqualTo(new Schema.Parser().parse(student(ID)).toString());
    }

    @Test
    void looksUpSoftDeletedVersionsOnlyWhenAsked() {
        http.delete("/subjects/students-value/versions/1");

        assertThat(http.lookUp("students-value", student(ID)).errorCode()).isEqualTo(40403);
        Reply found = http.post("/subjects/students-value?deleted=true", RegistryHttp.schemaBody(student(ID)));
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void looksUpAnUnnormalizedSchemaRegisteredNormalized() {
        http.post("/subjects/normalized-value/versions?normalize=true", RegistryHttp.schemaBody(course()));

        Reply found = http.lookUp("normalized-value", course());

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.version()).isEqualTo(1);
    }
}
