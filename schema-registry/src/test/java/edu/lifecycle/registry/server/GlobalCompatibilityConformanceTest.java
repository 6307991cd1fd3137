package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.RegistryHttp.REGISTRY_JSON;
import static edu.lifecycle.registry.server.RegistryHttp.jsonString;
import static edu.lifecycle.registry.server.StudentSchemas.EMAIL;
import static edu.lifecycle.registry.server.StudentSchemas.EMAIL_WITH_DEFAULT;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Conformance: the server's default level is the global level until one is set, as Confluent's
 * {@code schema.compatibility.level}; BACKWARD by default, BACKWARD_TRANSITIVE where the project runs it.
 */
class GlobalCompatibilityConformanceTest {

    @RegisterExtension
    final ConformanceRegistry transitive = new ConformanceRegistry(CompatibilityLevel.BACKWARD_TRANSITIVE);

    @RegisterExtension
    final ConformanceRegistry confluentDefault = new ConformanceRegistry();

    /** v2 adds an e-mail with a default; v3 drops the default, so it reads v2's data but not v1's. */
    private static Reply registerThreeVersions(RegistryHttp http) {
        http.register("students-value", student(ID));
        http.register("students-value", student(ID, EMAIL_WITH_DEFAULT));
        return http.register("students-value", student(ID, EMAIL));
    }

    @Test
    void theDefaultLevelIsTheGlobalLevel() {
        assertThat(transitive.http().get("/config"))
                .isEqualTo(new Reply(200, REGISTRY_JSON, "{\"compatibilityLevel\":\"BACKWARD_TRANSITIVE\"}"));
        assertThat(confluentDefault.http().get("/config"))
                .isEqualTo(new Reply(200, REGISTRY_JSON, "{\"compatibilityLevel\":\"BACKWARD\"}"));
    }

    @Test
    void backwardTransitiveRefusesAVersionThatCannotReadTheFirst() {
        Reply refused = registerThreeVersions(transitive.http());

        String message = "Schema being registered is incompatible with an earlier schema for subject"
                + " \"students-value\", details: [{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The"
                + " field 'email' at path '/fields/1' in the new schema has no default value and is missing in the"
                + " old schema', additionalInfo:'email'}, {oldSchemaVersion: 1}, {oldSchema: '"
                + new Schema.Parser().parse(student(ID)) + "'}, {validateFields: 'false', compatibility:"
                + " 'BACKWARD_TRANSITIVE'}]";
        assertThat(refused)
                .isEqualTo(new Reply(
                        409, REGISTRY_JSON, "{\"error_code\":40901,\"message\":" + jsonString(message) + "}"));
    }

    @Test
    void backwardAloneOnlyLooksAtTheLatest() {
        assertThat(registerThreeVersions(confluentDefault.http()).version()).isEqualTo(3);
    }
}
