package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.ConformanceRegistry.TS;
import static edu.lifecycle.registry.server.ConformanceRegistry.guidOf;
import static edu.lifecycle.registry.server.RegistryHttp.REGISTRY_JSON;
import static edu.lifecycle.registry.server.RegistryHttp.jsonString;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.NAME;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Conformance: registering a schema the subject already holds answers the existing version and id and writes
 * nothing, whatever the spelling, as Confluent's registry does (it compares parsed schemas when the texts differ).
 */
class KnownSchemaConformanceTest {

    /** A fee as Java's Avro writes it: precision before scale. */
    private static final String FEE =
            "{\"type\":\"record\",\"name\":\"Fee\",\"namespace\":\"edu.lifecycle\",\"fields\":["
                    + "{\"name\":\"amount\",\"type\":{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":10,"
                    + "\"scale\":2}}]}";
    /** The same fee as another language's library writes it: other attribute order, other spacing. */
    private static final String FEE_RESPELLED = "{ \"namespace\": \"edu.lifecycle\", \"type\": \"record\","
            + " \"name\": \"Fee\", \"fields\": [ { \"type\": { \"scale\": 2, \"precision\": 10, \"logicalType\":"
            + " \"decimal\", \"type\": \"bytes\" }, \"name\": \"amount\" } ] }";

    @RegisterExtension
    final ConformanceRegistry registry = new ConformanceRegistry();

    private RegistryHttp http() {
        return registry.http();
    }

    private static String stored(String schema) {
        return new Schema.Parser().parse(schema).toString();
    }

    /** What Confluent answers when it found the version by an equivalent spelling: the stored version itself. */
    private static String storedVersionAnswer(int id, int version, String schema) {
        return "{\"id\":" + id + ",\"version\":" + version + ",\"guid\":\"" + guidOf(stored(schema))
                + "\",\"schemaType\":\"AVRO\",\"schema\":" + jsonString(stored(schema)) + ",\"ts\":" + TS
                + ",\"deleted\":false}";
    }

    @Test
    void reRegisteringWithAttributesInAnotherOrderAnswersTheVersionTheSubjectHolds() {
        http().register("fees-value", FEE);
        long written = registry.recordsWritten();

        Reply again = http().register("fees-value", FEE_RESPELLED);

        assertThat(again).isEqualTo(new Reply(200, REGISTRY_JSON, storedVersionAnswer(1, 1, FEE)));
        assertThat(registry.recordsWritten()).isEqualTo(written);
        assertThat(http().get("/subjects/fees-value/versions?deleted=true").body())
                .isEqualTo("[1]");
    }

    @Test
    void normalizeWithAnEquivalentTextAnswersTheVersionRegisteredWithoutIt() {
        http().register("students-value", student(ID, NAME));
        long written = registry.recordsWritten();

        Reply normalized = http().post(
                        "/subjects/students-value/versions?normalize=true", RegistryHttp.schemaBody(student(ID, NAME)));

        assertThat(normalized).isEqualTo(new Reply(200, REGISTRY_JSON, storedVersionAnswer(1, 1, student(ID, NAME))));
        assertThat(registry.recordsWritten()).isEqualTo(written);
    }

    @Test
    void theSameTextAgainIsAnsweredLikeTheFirstRegistration() {
        Reply first = http().register("fees-value", FEE);
        long written = registry.recordsWritten();

        Reply again = http().register("fees-value", FEE);

        String expected = "{\"id\":1,\"version\":1,\"guid\":\"" + guidOf(stored(FEE))
                + "\",\"schemaType\":\"AVRO\",\"schema\":" + jsonString(stored(FEE)) + "}";
        assertThat(first).isEqualTo(new Reply(200, REGISTRY_JSON, expected));
        assertThat(again).isEqualTo(first);
        assertThat(registry.recordsWritten()).isEqualTo(written);
    }

    @Test
    void aLookupFindsTheVersionByAnEquivalentSpelling() {
        http().register("fees-value", FEE);

        Reply found = http().lookUp("fees-value", FEE_RESPELLED);

        assertThat(found)
                .isEqualTo(new Reply(
                        200,
                        REGISTRY_JSON,
                        "{\"subject\":\"fees-value\",\"version\":1,\"id\":1,\"guid\":\"" + guidOf(stored(FEE))
                                + "\",\"schemaType\":\"AVRO\",\"schema\":" + jsonString(stored(FEE)) + ",\"ts\":"
                                + TS + ",\"deleted\":false}"));
    }

    @Test
    void documentationIsPartOfTheSchemaSoADifferentDocIsANewVersion() {
        http().register("students-value", student(ID));
        String documented = student("{\"name\":\"id\",\"type\":\"string\",\"doc\":\"the registrar's number\"}");

        Reply reply = http().register("students-value", documented);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.version()).isEqualTo(2);
        assertThat(reply.id()).isEqualTo(2);
    }

    @Test
    void anEquivalentSpellingUnderAnotherSubjectIsANewIdBecauseIdsFollowTheStoredText() {
        http().register("fees-value", FEE);

        Reply other = http().register("refunds-value", FEE_RESPELLED);

        assertThat(other.id()).isEqualTo(2);
        assertThat(other.version()).isEqualTo(1);
    }

    @Test
    void aSchemaTheSubjectHoldsIsAnsweredEvenInReadOnlyMode() {
        Reply first = http().register("fees-value", FEE);
        http().setMode("fees-value", "READONLY");

        Reply known = http().register("fees-value", FEE_RESPELLED);
        Reply unknown = http().register("fees-value", student(ID));

        assertThat(known.status()).isEqualTo(200);
        assertThat(known.id()).isEqualTo(first.id());
        assertThat(unknown)
                .isEqualTo(new Reply(
                        422,
                        REGISTRY_JSON,
                        "{\"error_code\":42205,\"message\":\"Subject fees-value in context  is in read-only mode\"}"));
    }

    @Test
    void aRequestWithoutASchemaReRegistersTheLatestVersion() {
        http().register("students-value", student(ID));
        http().register("students-value", student(ID, StudentSchemas.EMAIL_WITH_DEFAULT));

        Reply reply = http().post("/subjects/students-value/versions", "{}");

        String latest = stored(student(ID, StudentSchemas.EMAIL_WITH_DEFAULT));
        assertThat(reply)
                .isEqualTo(new Reply(
                        200,
                        REGISTRY_JSON,
                        "{\"id\":2,\"version\":2,\"guid\":\"" + guidOf(latest)
                                + "\",\"schemaType\":\"AVRO\",\"schema\":" + jsonString(latest) + "}"));
        assertThat(http().get("/subjects/students-value/versions?deleted=true").body())
                .isEqualTo("[1,2]");
    }

    @Test
    void bringingBackASoftDeletedSchemaRemovesItsOldVersionForGood() {
        http().register("students-value", student(ID));
        http().delete("/subjects/students-value/versions/1");

        Reply back = http().register("students-value", student(ID));

        assertThat(back.version()).isEqualTo(2);
        assertThat(back.id()).isEqualTo(1);
        assertThat(http().get("/subjects/students-value/versions?deleted=true").body())
                .isEqualTo("[2]");
    }
}
