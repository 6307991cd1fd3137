package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.course;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReadingSchemasTest {

    @RegisterExtension
    final InMemoryRegistry registry = new InMemoryRegistry();

    private RegistryHttp http;

    @BeforeEach
    void oneSchemaInTwoSubjects() {
        http = registry.http();
        http.register("probe-value", student(ID));
        http.register("other-value", student(ID));
        http.register("courses-value", course());
    }

    @Test
    void resolvesAnIdWhateverSubjectTheConsumerNames() {
        Reply reply = http.get("/schemas/ids/1?fetchMaxId=false&subject=unrelated-value");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode schema = reply.json();
        assertThat(schema.get("schema").asText())
                .isEqualTo(new Schema.Parser().parse(student(ID)).toString());
        assertThat(schema.get("schemaType").asText()).isEqualTo("AVRO");
        assertThat(schema.get("subject").asText()).isEqualTo("other-value");
        assertThat(schema.has("maxId")).isFalse();
    }

    @Test
    void echoesTheSubjectAskedForWhenItHoldsTheId() {
        assertThat(http.get("/schemas/ids/1?subject=probe-value")
                        .json()
                        .get("subject")
                        .asText())
                .isEqualTo("probe-value");
    }

    @Test
    void addsTheHighestIdWhenAsked() {
        assertThat(http.get("/schemas/ids/1?fetchMaxId=true")
                        .json()
                        .get("maxId")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void softDeletedSchemasStillResolveSoOldDataStaysReadable() {
        http.delete("/subjects/courses-value");

        Reply reply = http.get("/schemas/ids/2");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("deleted").asBoolean()).isTrue();
    }

    @Test
    void servesTheRawSchema() {
        assertThat(http.get("/schemas/ids/2/schema").body())
                .isEqualTo(new Schema.Parser().parse(course()).toString());
    }

    @Test
    void listsTheSubjectsAndVersionsOfAnId() {
        assertThat(http.get("/schemas/ids/1/subjects").body()).isEqualTo("[\"other-value\",\"probe-value\"]");
        assertThat(http.get("/schemas/ids/1/versions").body())
                .isEqualTo("[{\"subject\":\"other-value\",\"version\":1},{\"subject\":\"probe-value\",\"version\":1}]");
    }

    @Test
    void hidesSoftDeletedHoldersOfAnIdUnlessAsked() {
        http.delete("/subjects/probe-value");

        assertThat(http.get("/schemas/ids/1/subjects").body()).isEqualTo("[\"other-value\"]");
        assertThat(http.get("/schemas/ids/1/subjects?deleted=true").body())
                .isEqualTo("[\"other-value\",\"probe-value\"]");
    }

    @Test
    void resolvesAGuid() {
        String guid = http.get("/subjects/courses-value/versions/1")
                .json()
                .get("guid")
                .asText();

        Reply reply = http.get("/schemas/guids/" + guid);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("schema").asText())
                .isEqualTo(new Schema.Parser().parse(course()).toString());
        assertThat(http.get("/schemas/guids/" + guid + "/ids").body()).isEqualTo("[{\"context\":\".\",\"id\":2}]");
    }

    @Test
    void listsAllLiveSchemas() {
        JsonNode all = http.get("/schemas").json();

        assertThat(all).hasSize(3);
        assertThat(all.get(0).get("subject").asText()).isEqualTo("courses-value");
        assertThat(http.get("/schemas?subjectPrefix=probe").json()).hasSize(1);
    }
}
