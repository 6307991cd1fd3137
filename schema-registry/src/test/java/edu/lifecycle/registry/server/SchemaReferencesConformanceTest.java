package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.ConformanceRegistry.TS;
import static edu.lifecycle.registry.server.RegistryHttp.REGISTRY_JSON;
import static edu.lifecycle.registry.server.RegistryHttp.jsonString;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Conformance: schema references, as Confluent's registry takes and shows them. A student schema uses the address
 * type that version 1 of {@code addresses-value} defines.
 */
class SchemaReferencesConformanceTest {

    private static final String ADDRESS = "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"edu.lifecycle\","
            + "\"fields\":[{\"name\":\"city\",\"type\":\"string\"}]}";
    private static final String STUDENT = "{\"type\":\"record\",\"name\":\"Student\",\"namespace\":\"edu.lifecycle\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"home\",\"type\":\"edu.lifecycle.Address\"}]}";
    /** The stored text writes the referenced type by name, relative to the namespace, as Avro does. */
    private static final String STUDENT_STORED = "{\"type\":\"record\",\"name\":\"Student\",\"namespace\":"
            + "\"edu.lifecycle\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"home\",\"type\":"
            + "\"Address\"}]}";
    /** The same student with the address written out instead of referenced. */
    private static final String STUDENT_INLINED = STUDENT.replace("\"edu.lifecycle.Address\"", ADDRESS);

    private static final String REFERENCES_JSON =
            "[{\"name\":\"edu.lifecycle.Address\",\"subject\":\"addresses-value\",\"version\":1}]";

    @RegisterExtension
    final ConformanceRegistry registry = new ConformanceRegistry();

    private RegistryHttp http;

    @BeforeEach
    void theAddressIsRegistered() {
        http = registry.http();
        http.register("addresses-value", ADDRESS);
    }

    private Reply registerStudent(int addressVersion) {
        return http.post("/subjects/students-value/versions", studentBody(addressVersion));
    }

    private static String studentBody(int addressVersion) {
        return bodyReferencingTheAddress(STUDENT, addressVersion);
    }

    private static String bodyReferencingTheAddress(String schema, int addressVersion) {
        return "{\"schemaType\":\"AVRO\",\"schema\":" + jsonString(schema) + ",\"references\":"
                + REFERENCES_JSON.replace("\"version\":1", "\"version\":" + addressVersion) + "}";
    }

    /** Confluent's GUID hashes the references after the text: name, subject, then the version as 4 bytes. */
    private static String studentGuid() throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(STUDENT_STORED.getBytes(StandardCharsets.UTF_8));
        md5.update("edu.lifecycle.Address".getBytes(StandardCharsets.UTF_8));
        md5.update("addresses-value".getBytes(StandardCharsets.UTF_8));
        md5.update(ByteBuffer.allocate(4).putInt(1).array());
        ByteBuffer digest = ByteBuffer.wrap(md5.digest());
        return new UUID(digest.getLong(), digest.getLong()).toString();
    }

    @Test
    void registersASchemaWithReferencesAndShowsThemWhereConfluentDoes() throws Exception {
        Reply registered = registerStudent(1);

        String guid = studentGuid();
        assertThat(registered)
                .isEqualTo(new Reply(
                        200,
                        REGISTRY_JSON,
                        "{\"id\":2,\"version\":1,\"guid\":\"" + guid + "\",\"schemaType\":\"AVRO\",\"references\":"
                                + REFERENCES_JSON + ",\"schema\":" + jsonString(STUDENT_STORED) + "}"));
        assertThat(http.get("/subjects/students-value/versions/1"))
                .isEqualTo(new Reply(
                        200,
                        REGISTRY_JSON,
                        "{\"subject\":\"students-value\",\"version\":1,\"id\":2,\"guid\":\"" + guid
                                + "\",\"schemaType\":\"AVRO\",\"references\":" + REFERENCES_JSON + ",\"schema\":"
                                + jsonString(STUDENT_STORED) + ",\"ts\":" + TS + ",\"deleted\":false}"));
        assertThat(http.get("/schemas/ids/2"))
                .isEqualTo(new Reply(
                        200,
                        REGISTRY_JSON,
                        "{\"guid\":\"" + guid + "\",\"schemaType\":\"AVRO\",\"schema\":" + jsonString(STUDENT_STORED)
                                + ",\"references\":" + REFERENCES_JSON + ",\"ts\":" + TS + ",\"deleted\":false}"));
    }

    @Test
    void latestInAReferenceIsStoredAsTheVersionItMeant() {
        Reply registered = registerStudent(-1);

        assertThat(registered.json().get("references").toString()).isEqualTo(REFERENCES_JSON);
        assertThat(registerStudent(1)).isEqualTo(registered);
    }

    @Test
    void looksUpASchemaWithReferences() throws Exception {
        registerStudent(1);

        Reply found = http.post("/subjects/students-value", studentBody(1));

        assertThat(found)
                .isEqualTo(new Reply(
                        200,
                        REGISTRY_JSON,
                        "{\"subject\":\"students-value\",\"version\":1,\"id\":2,\"guid\":\"" + studentGuid()
                                + "\",\"schemaType\":\"AVRO\",\"references\":" + REFERENCES_JSON + ",\"schema\":"
                                + jsonString(STUDENT_STORED) + "}"));
    }

    @Test
    void aSchemaSentWithTheReferencedTypesWrittenOutFindsTheVersionThatReferencesThem() {
        registerStudent(1);

        Reply found = http.lookUp("students-value", STUDENT_INLINED);
        Reply registered = http.register("students-value", STUDENT_INLINED);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.json().get("references").toString()).isEqualTo(REFERENCES_JSON);
        assertThat(registered.id()).isEqualTo(2);
        assertThat(registered.version()).isEqualTo(1);
    }

    @Test
    void listsTheIdsOfTheSchemasThatReferenceAVersion() {
        registerStudent(1);
        http.post(
                "/subjects/alumni-value/versions", bodyReferencingTheAddress(STUDENT.replace("Student", "Alumnus"), 1));

        assertThat(http.get("/subjects/addresses-value/versions/1/referencedby"))
                .isEqualTo(new Reply(200, REGISTRY_JSON, "[2,3]"));
        assertThat(http.get("/subjects/addresses-value/versions/latest/referencedby"))
                .isEqualTo(new Reply(200, REGISTRY_JSON, "[2,3]"));
        assertThat(http.get("/subjects/students-value/versions/1/referencedby"))
                .isEqualTo(new Reply(200, REGISTRY_JSON, "[]"));
    }

    @Test
    void refusesToDeleteAReferencedVersionOrItsSubject() {
        registerStudent(1);
        String refused = "{\"error_code\":42206,\"message\":\"One or more references exist to the schema"
                + " {magic=1,keytype=SCHEMA,subject=addresses-value,version=1}.\"}";

        assertThat(http.delete("/subjects/addresses-value/versions/1"))
                .isEqualTo(new Reply(422, REGISTRY_JSON, refused));
        assertThat(http.delete("/subjects/addresses-value")).isEqualTo(new Reply(422, REGISTRY_JSON, refused));
        assertThat(http.get("/subjects/addresses-value/versions").body()).isEqualTo("[1]");
    }

    @Test
    void aSoftDeletedReferrerNoLongerHoldsTheVersion() {
        registerStudent(1);
        http.delete("/subjects/students-value");

        assertThat(http.get("/subjects/addresses-value/versions/1/referencedby").body())
                .isEqualTo("[]");
        assertThat(http.delete("/subjects/addresses-value/versions/1")).isEqualTo(new Reply(200, REGISTRY_JSON, "1"));
    }

    @Test
    void aReferenceToNoVersionIsAnInvalidSchemaWordedAsConfluentWordsIt() {
        Reply refused = registerStudent(7);

        String refs = "[{name='edu.lifecycle.Address', subject='addresses-value', version=7}]";
        String message = "Invalid schema of type AVRO, details: Invalid schema {subject=students-value,version=null,"
                + "id=null,schemaType=AVRO,references=" + refs + ",metadata=null,ruleSet=null,schema=" + STUDENT
                + ",schemaTags=null,ts=null,deleted=null} with refs " + refs + " of type AVRO, details: No schema"
                + " reference found for subject \"addresses-value\" and version 7";
        assertThat(refused)
                .isEqualTo(new Reply(
                        422, REGISTRY_JSON, "{\"error_code\":42201,\"message\":" + jsonString(message) + "}"));
    }

    @Test
    void aNewSchemaCannotReferenceASoftDeletedVersion() {
        http.register(
                "addresses-value", ADDRESS.replace("]}", ",{\"name\":\"zip\",\"type\":\"string\",\"default\":\"\"}]}"));
        http.delete("/subjects/addresses-value/versions/1");

        Reply refused = registerStudent(1);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo(42201);
        assertThat(refused.message())
                .endsWith("No schema reference found for subject \"addresses-value\" and version 1");
    }

    @Test
    void checksCompatibilityAgainstEarlierVersionsWithTheirReferencesResolved() {
        registerStudent(1);
        String withNickname = STUDENT.replace("]}", ",{\"name\":\"nickname\",\"type\":\"string\",\"default\":\"\"}]}");
        String body = "{\"schema\":" + jsonString(withNickname) + ",\"references\":" + REFERENCES_JSON + "}";
        String incompatible = "{\"schema\":" + jsonString(STUDENT.replace("\"type\":\"string\"", "\"type\":\"int\""))
                + ",\"references\":" + REFERENCES_JSON + "}";

        Reply compatible = http.post("/subjects/students-value/versions", body);
        Reply refused = http.post("/subjects/students-value/versions", incompatible);

        assertThat(compatible.status()).isEqualTo(200);
        assertThat(compatible.version()).isEqualTo(2);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(http.post("/compatibility/subjects/students-value/versions/1", incompatible)
                        .body())
                .isEqualTo("{\"is_compatible\":false}");
    }
}
