package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.EMAIL;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.NAME;
import static edu.lifecycle.registry.server.StudentSchemas.course;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegisteringSchemaTest {

    @RegisterExtension
    final InMemoryRegistry registry = new InMemoryRegistry();

    private RegistryHttp http() {
        return registry.http();
    }

    @Test
    void answers200WithIdVersionTypeAndCanonicalSchema() {
        String sent = "{ \"type\" : \"record\", \"namespace\":\"edu.lifecycle\", \"name\":\"Student\",\n"
                + "  \"fields\":[ {\"type\":\"string\", \"name\":\"id\"} ] }";

        Reply reply = http().register("students-value", sent);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body())
                .isEqualTo("{\"id\":1,\"version\":1,\"guid\":\""
                        + reply.json().get("guid").asText()
                        + "\",\"schemaType\":\"AVRO\",\"schema\":"
                        + RegistryHttp.jsonString(
                                new Schema.Parser().parse(sent).toString())
                        + "}");
        assertThat(reply.json().get("schema").asText())
                .isEqualTo(
                        "{\"type\":\"record\",\"name\":\"Student\",\"namespace\":\"edu.lifecycle\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}");
    }

    @Test
    void registeringTheSameSchemaAgainReturnsTheSameIdAndVersion() {
        Reply first = http().register("students-value", student(ID, NAME));
        Reply again = http().register("students-value", student(ID, NAME));
        Reply reformatted = http().register("students-value", student(ID, NAME).replace(",", " ,  "));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.version()).isEqualTo(1);
        assertThat(reformatted.id()).isEqualTo(first.id());
        assertThat(reformatted.version()).isEqualTo(1);
        assertThat(http().get("/subjects/students-value/versions").json()).hasSize(1);
    }

    @Test
    void idsAreGlobalAcrossSubjectsAndStartAtOne() {
        assertThat(http().register("students-value", student(ID)).id()).isEqualTo(1);
        assertThat(http().register("courses-value", course()).id()).isEqualTo(2);
        assertThat(http().register("students-value", student(ID, StudentSchemas.EMAIL_WITH_DEFAULT))
                        .id())
                .isEqualTo(3);
    }

    @Test
    void theSameSchemaUnderAnotherSubjectKeepsItsGlobalId() {
        Reply probe = http().register("probe-value", student(ID));
        http().register("courses-value", course());

        Reply other = http().register("other-value", student(ID));

        assertThat(other.id()).isEqualTo(probe.id());
        assertThat(other.version()).isEqualTo(1);
        assertThat(other.json().get("guid")).isEqualTo(probe.json().get("guid"));
    }

    @Test
    void aNewVersionFollowsTheLatest() {
        http().register("students-value", student(ID));

        Reply second = http().register("students-value", student(ID, StudentSchemas.EMAIL_WITH_DEFAULT));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.id()).isEqualTo(2);
    }

    @Test
    void versionsKeepCountingAfterASoftDeleteAndTheIdIsReused() {
        Reply first = http().register("probe-value", student(ID));
        http().delete("/subjects/probe-value");

        Reply again = http().register("probe-value", student(ID));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.id()).isEqualTo(first.id());
    }

    @Test
    void aHardDeleteOfEveryVersionFreesTheSchemaForANewId() {
        Reply first = http().register("probe-value", student(ID));
        http().delete("/subjects/probe-value");
        http().delete("/subjects/probe-value?permanent=true");

        Reply again = http().register("probe-value", student(ID));

        assertThat(again.id()).isEqualTo(first.id() + 1);
        assertThat(again.version()).isEqualTo(1);
        assertThat(http().get("/schemas/ids/" + first.id()).errorCode()).isEqualTo(40403);
    }

    @Test
    void aMissingSchemaTypeMeansAvro() {
        Reply reply = http().post(
                        "/subjects/students-value/versions",
                        "{\"schema\":" + RegistryHttp.jsonString(student(ID)) + "}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("schemaType").asText()).isEqualTo("AVRO");
    }

    @Test
    void refusesAnIncompatibleSchemaWithConfluentsMessage() {
        http().register("probe-value", student(ID));

        Reply refused = http().register("probe-value", student(ID, EMAIL));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo(40901);
        assertThat(refused.message())
                .isEqualTo("Schema being registered is incompatible with an earlier schema for subject \"probe-value\","
                        + " details: [{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'email'"
                        + " at path '/fields/1' in the new schema has no default value and is missing in the old"
                        + " schema', additionalInfo:'email'}, {oldSchemaVersion: 1}, {oldSchema: '"
                        + new Schema.Parser().parse(student(ID)) + "'}, {validateFields: 'false', compatibility:"
                        + " 'BACKWARD'}]");
        assertThat(http().get("/subjects/probe-value/versions").json()).hasSize(1);
    }

    @Test
    void checksOnlyLiveVersions() {
        http().register("probe-value", student(ID));
        http().delete("/subjects/probe-value/versions/1");

        Reply registered = http().register("probe-value", course());

        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.version()).isEqualTo(2);
    }

    @Test
    void normalizeStoresOneFormForEquivalentSpellings() {
        String fullName = "{\"type\":\"record\",\"name\":\"edu.lifecycle.Student\",\"fields\":[" + ID + "]}";
        Reply plain =
                http().post("/subjects/students-value/versions?normalize=true", RegistryHttp.schemaBody(student(ID)));
        Reply spelledDifferently =
                http().post("/subjects/students-value/versions?normalize=true", RegistryHttp.schemaBody(fullName));

        assertThat(plain.json().get("schema").asText())
                .isEqualTo("{\"name\":\"edu.lifecycle.Student\",\"type\":\"record\",\"fields\":[{\"name\":\"id\","
                        + "\"type\":\"string\"}]}");
        assertThat(spelledDifferently.id()).isEqualTo(plain.id());
        assertThat(spelledDifferently.version()).isEqualTo(1);
    }

    @Test
    void normalizeConfiguredOnTheSubjectAppliesWithoutTheParameter() {
        http().put("/config/students-value", "{\"normalize\":true}");

        Reply reply = http().register("students-value", student(ID));

        assertThat(reply.json().get("schema").asText()).startsWith("{\"name\":\"edu.lifecycle.Student\"");
    }

    @Test
    void theGuidDependsOnlyOnTheSchemaText() {
        Reply first = http().register("probe-value", student(ID));
        http().delete("/subjects/probe-value");
        http().delete("/subjects/probe-value?permanent=true");

        Reply again = http().register("probe-value", student(ID));

        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.json().get("guid")).isEqualTo(first.json().get("guid"));
    }

    @Test
    void readOnlyModeRefusesRegistration() {
        http().setMode("probe-value", "READONLY");

        Reply refused = http().register("probe-value", student(ID));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo(42205);
        assertThat(refused.message()).isEqualTo("Subject probe-value in context  is in read-only mode");
    }

    @Test
    void importModeKeepsTheIdAndVersionItIsGiven() {
        assertThat(http().put("/mode", "{\"mode\":\"IMPORT\"}").status()).isEqualTo(200);
        String body = "{\"schema\":" + RegistryHttp.jsonString(student(ID)) + ",\"id\":42,\"version\":7}";

        Reply imported = http().post("/subjects/imported-value/versions", body);
        Reply withoutId = http().register("imported-value", course());
        http().put("/mode", "{\"mode\":\"READWRITE\"}");
        Reply next = http().register("other-value", course());

        assertThat(imported.id()).isEqualTo(42);
        assertThat(imported.version()).isEqualTo(7);
        assertThat(withoutId.errorCode()).isEqualTo(42205);
        assertThat(next.id()).isEqualTo(43);
    }

    @Test
    void anExplicitIdOutsideImportModeIsRefused() {
        String body = "{\"schema\":" + RegistryHttp.jsonString(student(ID)) + ",\"id\":42}";

        Reply refused = http().post("/subjects/probe-value/versions", body);

        assertThat(refused.errorCode()).isEqualTo(42205);
        assertThat(refused.message()).isEqualTo("Subject probe-value in context  is not in import mode");
    }
}
