package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.ConformanceRegistry.TS;
import static edu.lifecycle.registry.server.ConformanceRegistry.guidOf;
import static edu.lifecycle.registry.server.RegistryHttp.REGISTRY_JSON;
import static edu.lifecycle.registry.server.RegistryHttp.jsonString;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.course;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.NameValidator;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conformance: the fields each endpoint shows, in Confluent 8.2's order, and its 42201 wording. */
class BodyShapesConformanceTest {

    private static final String STUDENT = new Schema.Parser().parse(student(ID)).toString();
    private static final String COURSE = new Schema.Parser().parse(course()).toString();

    @RegisterExtension
    final ConformanceRegistry registry = new ConformanceRegistry();

    private RegistryHttp http;

    @BeforeEach
    void aStudentAndACourse() {
        http = registry.http();
        http.register("students-value", student(ID));
        http.register("courses-value", course());
    }

    @Test
    void listsSchemasWithoutTsOrDeleted() {
        assertThat(http.get("/schemas"))
                .isEqualTo(new Reply(
                        200,
                        REGISTRY_JSON,
                        "[{\"subject\":\"courses-value\",\"version\":1,\"id\":2,\"guid\":\"" + guidOf(COURSE)
                                + "\",\"schemaType\":\"AVRO\",\"schema\":" + jsonString(COURSE) + "},"
                                + "{\"subject\":\"students-value\",\"version\":1,\"id\":1,\"guid\":\""
                                + guidOf(STUDENT) + "\",\"schemaType\":\"AVRO\",\"schema\":" + jsonString(STUDENT)
                                + "}]"));
    }

    @Test
    void aSchemaByGuidCarriesNoIdButTsAndDeleted() {
        assertThat(http.get("/schemas/guids/" + guidOf(STUDENT)))
                .isEqualTo(new Reply(
                        200,
                        REGISTRY_JSON,
                        "{\"guid\":\"" + guidOf(STUDENT) + "\",\"schemaType\":\"AVRO\",\"schema\":"
                                + jsonString(STUDENT) + ",\"ts\":" + TS + ",\"deleted\":false}"));
    }

    @Test
    void aSchemaByIdNamesItsSubjectOnlyWhenTheClientNamedOne() {
        String schema =
                "\"guid\":\"" + guidOf(STUDENT) + "\",\"schemaType\":\"AVRO\",\"schema\":" + jsonString(STUDENT);

        assertThat(http.get("/schemas/ids/1"))
                .isEqualTo(new Reply(200, REGISTRY_JSON, "{" + schema + ",\"ts\":" + TS + ",\"deleted\":false}"));
        assertThat(http.get("/schemas/ids/1?fetchMaxId=false&subject=students-value"))
                .isEqualTo(new Reply(
                        200,
                        REGISTRY_JSON,
                        "{\"subject\":\"students-value\",\"version\":1," + schema + ",\"ts\":" + TS
                                + ",\"deleted\":false}"));
        assertThat(http.get("/schemas/ids/1?fetchMaxId=true"))
                .isEqualTo(new Reply(
                        200, REGISTRY_JSON, "{" + schema + ",\"maxId\":2,\"ts\":" + TS + ",\"deleted\":false}"));
    }

    @Test
    void listsTheSchemaTypesConfluentLists() {
        assertThat(http.get("/schemas/types"))
                .isEqualTo(new Reply(200, REGISTRY_JSON, "[\"JSON\",\"PROTOBUF\",\"AVRO\"]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSON", "PROTOBUF"})
    void refusesToRegisterTheOtherTypesAsARegistryWithoutTheirProviderDoes(String type) {
        Reply refused = http.post(
                "/subjects/students-json/versions",
                "{\"schemaType\":\"" + type + "\",\"schema\":\"{\\\"type\\\":\\\"object\\\"}\"}");

        assertThat(refused)
                .isEqualTo(new Reply(
                        422, REGISTRY_JSON, "{\"error_code\":42201,\"message\":\"Invalid schema type " + type + "\"}"));
        assertThat(http.get("/subjects/students-json/versions").status()).isEqualTo(404);
    }

    @Test
    void wordsAnUnparsableSchemaAsConfluentDoes() {
        String text = "{\"type\":\"recrd\"}";

        Reply refused = http.register("students-value", text);

        assertThat(refused).isEqualTo(invalidSchema("students-value", text, avroReason(text, false)));
    }

    /** A default that does not fit its type passes a lookup's lenient parse but not the check of a new schema. */
    @Test
    void wordsAnInvalidDefaultAsConfluentDoes() {
        String text = student(StudentSchemas.fieldWithDefault("year", "\"int\"", "\"first\""));

        Reply refused = http.register("students-value", text);

        assertThat(refused).isEqualTo(invalidSchema("students-value", text, avroReason(text, true)));
    }

    private static Reply invalidSchema(String subject, String text, String reason) {
        String message = "Invalid schema of type AVRO, details: Invalid schema {subject=" + subject
                + ",version=null,id=null,schemaType=AVRO,references=[],metadata=null,ruleSet=null,schema=" + text
                + ",schemaTags=null,ts=null,deleted=null} with refs [] of type AVRO, details: " + reason;
        return new Reply(422, REGISTRY_JSON, "{\"error_code\":42201,\"message\":" + jsonString(message) + "}");
    }

    /** Avro's own reason, from a parser set up as Confluent sets it for new (strict) or known (lenient) schemas. */
    private static String avroReason(String text, boolean strict) {
        var parser = strict
                ? new Schema.Parser(NameValidator.STRICT_VALIDATOR).setValidateDefaults(true)
                : new Schema.Parser(NameValidator.NO_VALIDATION).setValidateDefaults(false);
        try {
            parser.parse(text);
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("Avro accepts " + text);
    }
}
