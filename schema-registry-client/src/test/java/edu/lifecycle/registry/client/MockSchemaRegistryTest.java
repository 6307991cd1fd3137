package edu.lifecycle.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryTest {

    private static final Schema ENROLLED_V1 = SchemaBuilder.record("StudentEnrolled")
            .namespace("edu.lifecycle")
            .fields()
            .requiredString("studentId")
            .endRecord();
    private static final Schema ENROLLED_V2 = SchemaBuilder.record("StudentEnrolled")
            .namespace("edu.lifecycle")
            .fields()
            .requiredString("studentId")
            .optionalString("programme")
            .endRecord();
    private static final Schema ENROLLED_WITH_REQUIRED_EMAIL = SchemaBuilder.record("StudentEnrolled")
            .namespace("edu.lifecycle")
            .fields()
            .requiredString("studentId")
            .requiredString("email")
            .endRecord();

    private final SchemaRegistryClient registry = MockSchemaRegistry.getClientForScope("mock-registry-test");

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope("mock-registry-test");
        MockSchemaRegistry.dropScope("other-scope");
    }

    @Test
    void givesIdsThatAreGlobalAndReusedAcrossSubjects() throws Exception {
        int enrolled = registry.register("enrolments-value", ENROLLED_V1);
        int sameAgain = registry.register("enrolments-value", new Schema.Parser().parse(ENROLLED_V1.toString()));
        int otherSubject = registry.register("audit-value", ENROLLED_V1);
        int evolved = registry.register("enrolments-value", ENROLLED_V2);

        assertThat(enrolled).isEqualTo(1).isEqualTo(sameAgain).isEqualTo(otherSubject);
        assertThat(evolved).isEqualTo(2);
        assertThat(registry.getAllVersions("enrolments-value")).containsExactly(1, 2);
        assertThat(registry.getAllSubjects()).containsExactly("audit-value", "enrolments-value");
    }

    @Test
    void answersLookupsAndLatestVersionsLikeTheServer() throws Exception {
        registry.register("enrolments-value", ENROLLED_V1);
        registry.register("enrolments-value", ENROLLED_V2);

        assertThat(registry.lookup("enrolments-value", ENROLLED_V1, false).version())
                .isEqualTo(1);
        assertThat(registry.getLatestSchemaMetadata("enrolments-value"))
                .extracting(RegisteredSchema::version, RegisteredSchema::id, RegisteredSchema::schema)
                .containsExactly(2, 2, ENROLLED_V2);
        assertThat(registry.getSchemaById(2)).isEqualTo(ENROLLED_V2);
        assertThat(registry.getSchemaByGuid(
                        registry.getLatestSchemaMetadata("enrolments-value").guid()))
                .isEqualTo(ENROLLED_V2);
    }

    @Test
    void comparesEachSchemaByItsOwnTextAfterOthersWereRegistered() throws Exception {
        Schema documented = SchemaBuilder.record("StudentEnrolled")
                .namespace("edu.lifecycle")
                .doc("v1, documented")
                .fields()
                .requiredString("studentId")
                .endRecord();
        registry.updateConfig(null, RegistryConfig.compatibility("none"));

        int v1 = registry.register("enrolments-value", ENROLLED_V1);
        int v2 = registry.register("enrolments-value", ENROLLED_V2);
        int emails = registry.register("audit-value", ENROLLED_WITH_REQUIRED_EMAIL);
        // Equal to V1 for Schema.equals, which ignores docs, but not in its text: another schema, as on the server.
        int withDoc = registry.register("enrolments-value", documented);

        assertThat(List.of(v1, v2, emails, withDoc)).containsExactly(1, 2, 3, 4);
        assertThat(documented).isEqualTo(ENROLLED_V1);
        assertThat(registry.register("enrolments-value", ENROLLED_V1)).isEqualTo(1);
        assertThat(registry.register("enrolments-value", new Schema.Parser().parse(ENROLLED_V2.toString())))
                .isEqualTo(2);
        assertThat(registry.lookup("enrolments-value", ENROLLED_V2, false).id()).isEqualTo(2);
        assertThat(registry.lookup("enrolments-value", documented, false).id()).isEqualTo(4);
        assertThat(registry.lookup("audit-value", ENROLLED_WITH_REQUIRED_EMAIL, false)
                        .id())
                .isEqualTo(3);

        registry.reset();
        assertThat(registry.register("enrolments-value", ENROLLED_V2)).isEqualTo(1);
        assertThatThrownBy(() -> registry.lookup("enrolments-value", ENROLLED_V1, false))
                .isInstanceOfSatisfying(
                        RestClientException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(40403));
    }

    @Test
    void answersUnknownIdsAndSubjectsWithTheServersErrorCodes() {
        assertThatThrownBy(() -> registry.getSchemaById(99))
                .isInstanceOfSatisfying(
                        RestClientException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> registry.lookup("nosuch-value", ENROLLED_V1, false))
                .isInstanceOfSatisfying(
                        RestClientException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(40401));
    }

    @Test
    void rejectsAnIncompatibleSchemaUnderTheDefaultBackwardLevel() throws Exception {
        registry.register("enrolments-value", ENROLLED_V1);

        assertThat(registry.testCompatibility("enrolments-value", ENROLLED_WITH_REQUIRED_EMAIL))
                .isFalse();
        assertThatThrownBy(() -> registry.register("enrolments-value", ENROLLED_WITH_REQUIRED_EMAIL))
                .isInstanceOfSatisfying(
                        RestClientException.class,
                        e -> assertThat(e.isIncompatibleSchema()).isTrue());
    }

    @Test
    void acceptsAnySchemaOnceTheSubjectIsSetToNone() throws Exception {
        registry.register("enrolments-value", ENROLLED_V1);
        registry.updateConfig("enrolments-value", RegistryConfig.compatibility("none"));

        assertThat(registry.register("enrolments-value", ENROLLED_WITH_REQUIRED_EMAIL))
                .isEqualTo(2);
    }

    @Test
    void keepsSoftDeletedIdsButIssuesNewOnesAfterAHardDelete() throws Exception {
        registry.register("enrolments-value", ENROLLED_V1);

        assertThat(registry.deleteSubject("enrolments-value", false)).containsExactly(1);
        assertThat(registry.getSchemaById(1)).isEqualTo(ENROLLED_V1);
        assertThat(registry.register("enrolments-value", ENROLLED_V1)).isEqualTo(1);
        assertThat(registry.getAllVersions("enrolments-value")).containsExactly(2);

        registry.deleteSubject("enrolments-value", false);
        registry.deleteSubject("enrolments-value", true);
        assertThat(registry.register("enrolments-value", ENROLLED_V1)).isEqualTo(2);
    }

    @Test
    void isolatesScopes() throws Exception {
        registry.register("enrolments-value", ENROLLED_V2);
        SchemaRegistryClient other = MockSchemaRegistry.getClientForScope("other-scope");

        assertThat(other.getAllSubjects()).isEmpty();
        assertThat(other.register("enrolments-value", ENROLLED_V1)).isEqualTo(1);
        assertThat(MockSchemaRegistry.getClientForScope("mock-registry-test")).isSameAs(registry);
    }

    @Test
    void startsAfreshAfterTheScopeIsDropped() throws Exception {
        registry.register("enrolments-value", ENROLLED_V1);

        MockSchemaRegistry.dropScope("mock-registry-test");

        assertThat(MockSchemaRegistry.getClientForScope("mock-registry-test").getAllSubjects())
                .isEmpty();
    }

    @Test
    void isChosenByAMockUrl() {
        assertThat(SchemaRegistryClientFactory.newClient(List.of("mock://mock-registry-test"), Map.of()))
                .isSameAs(registry);
    }
}
