package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.EMAIL;
import static edu.lifecycle.registry.server.StudentSchemas.EMAIL_WITH_DEFAULT;
import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.NAME;
import static edu.lifecycle.registry.server.StudentSchemas.NAME_AS_INT;
import static edu.lifecycle.registry.server.StudentSchemas.NICKNAME_WITH_DEFAULT;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which evolutions each level accepts, registered over HTTP. BACKWARD: the new schema reads old data; FORWARD: old
 * schemas read new data; FULL: both.
 */
class CompatibilityMatrixTest {

    private static final String SUBJECT = "students-value";
    private static final String V1 = student(ID, NAME, NICKNAME_WITH_DEFAULT);

    @RegisterExtension
    final InMemoryRegistry registry = new InMemoryRegistry();

    enum Evolution {
        ADD_FIELD_WITH_DEFAULT(student(ID, NAME, NICKNAME_WITH_DEFAULT, EMAIL_WITH_DEFAULT)),
        ADD_FIELD_WITHOUT_DEFAULT(student(ID, NAME, NICKNAME_WITH_DEFAULT, EMAIL)),
        REMOVE_FIELD_WITH_DEFAULT(student(ID, NAME)),
        REMOVE_FIELD_WITHOUT_DEFAULT(student(ID, NICKNAME_WITH_DEFAULT)),
        CHANGE_FIELD_TYPE(student(ID, NAME_AS_INT, NICKNAME_WITH_DEFAULT));

        final String schema;

        Evolution(String schema) {
            this.schema = schema;
        }
    }

    /** level, evolution, accepted. Each transitive level answers like its plain one with only two versions. */
    static Stream<Arguments> matrix() {
        List<Object[]> rows = List.of(
                new Object[] {"NONE", Evolution.ADD_FIELD_WITH_DEFAULT, true},
                new Object[] {"NONE", Evolution.ADD_FIELD_WITHOUT_DEFAULT, true},
                new Object[] {"NONE", Evolution.REMOVE_FIELD_WITH_DEFAULT, true},
                new Object[] {"NONE", Evolution.REMOVE_FIELD_WITHOUT_DEFAULT, true},
                new Object[] {"NONE", Evolution.CHANGE_FIELD_TYPE, true},
                new Object[] {"BACKWARD", Evolution.ADD_FIELD_WITH_DEFAULT, true},
                new Object[] {"BACKWARD", Evolution.ADD_FIELD_WITHOUT_DEFAULT, false},
                new Object[] {"BACKWARD", Evolution.REMOVE_FIELD_WITH_DEFAULT, true},
                new Object[] {"BACKWARD", Evolution.REMOVE_FIELD_WITHOUT_DEFAULT, true},
                new Object[] {"BACKWARD", Evolution.CHANGE_FIELD_TYPE, false},
                new Object[] {"FORWARD", Evolution.ADD_FIELD_WITH_DEFAULT, true},
                new Object[] {"FORWARD", Evolution.ADD_FIELD_WITHOUT_DEFAULT, true},
                new Object[] {"FORWARD", Evolution.REMOVE_FIELD_WITH_DEFAULT, true},
                new Object[] {"FORWARD", Evolution.REMOVE_FIELD_WITHOUT_DEFAULT, false},
                new Object[] {"FORWARD", Evolution.CHANGE_FIELD_TYPE, false},
                new Object[] {"FULL", Evolution.ADD_FIELD_WITH_DEFAULT, true},
                new Object[] {"FULL", Evolution.ADD_FIELD_WITHOUT_DEFAULT, false},
                new Object[] {"FULL", Evolution.REMOVE_FIELD_WITH_DEFAULT, true},
                new Object[] {"FULL", Evolution.REMOVE_FIELD_WITHOUT_DEFAULT, false},
                new Object[] {"FULL", Evolution.CHANGE_FIELD_TYPE, false});
        return rows.stream().flatMap(row -> {
            Arguments plain = Arguments.of(row);
            if (row[0].equals("NONE")) {
                return Stream.of(plain);
            }
            return Stream.of(plain, Arguments.of(row[0] + "_TRANSITIVE", row[1], row[2]));
        });
    }

    @ParameterizedTest(name = "{0}: {1} accepted={2}")
    @MethodSource("matrix")
    void acceptsExactlyTheEvolutionsTheLevelAllows(String level, Evolution evolution, boolean accepted) {
        RegistryHttp http = registry.http();
        http.setCompatibility(SUBJECT, level);
        http.register(SUBJECT, V1);

        Reply reply = http.register(SUBJECT, evolution.schema);
        Reply test = http.post(
                "/compatibility/subjects/" + SUBJECT + "/versions/latest", RegistryHttp.schemaBody(evolution.schema));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(accepted ? 200 : 409);
        if (!accepted) {
            assertThat(reply.errorCode()).isEqualTo(40901);
            assertThat(reply.message()).contains("compatibility: '" + level + "'");
            assertThat(test.json().get("is_compatible").asBoolean()).isFalse();
        }
    }

    /** Three versions where the third suits the second but not the first: only transitive levels notice. */
    static Stream<Arguments> histories() {
        String first = student(ID);
        String second = student(ID, EMAIL_WITH_DEFAULT);
        String third = student(ID, EMAIL);
        // Forward evolutions read the other way round: old schemas must read the new one.
        List<String> forward = List.of(student(ID, EMAIL), student(ID, EMAIL_WITH_DEFAULT), student(ID));
        return Stream.of(
                Arguments.of("BACKWARD", List.of(first, second, third), true),
                Arguments.of("BACKWARD_TRANSITIVE", List.of(first, second, third), false),
                Arguments.of("FULL", List.of(first, second, third), true),
                Arguments.of("FULL_TRANSITIVE", List.of(first, second, third), false),
                Arguments.of("FORWARD", forward, true),
                Arguments.of("FORWARD_TRANSITIVE", forward, false));
    }

    @ParameterizedTest(name = "{0}: third version accepted={2}")
    @MethodSource("histories")
    void transitiveLevelsCheckEveryLiveVersion(String level, List<String> versions, boolean thirdAccepted) {
        RegistryHttp http = registry.http();
        http.setCompatibility(SUBJECT, level);
        assertThat(http.register(SUBJECT, versions.get(0)).status()).isEqualTo(200);
        assertThat(http.register(SUBJECT, versions.get(1)).status()).isEqualTo(200);

        Reply third = http.register(SUBJECT, versions.get(2));

        assertThat(third.status()).as(third.toString()).isEqualTo(thirdAccepted ? 200 : 409);
        if (!thirdAccepted) {
            assertThat(third.message()).contains("{oldSchemaVersion: 1}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transitiveLevels")
    void softDeletedVersionsAreNotCheckedEvenTransitively(String level) {
        RegistryHttp http = registry.http();
        http.setCompatibility(SUBJECT, level);
        http.register(SUBJECT, student(ID));
        http.register(SUBJECT, student(ID, EMAIL_WITH_DEFAULT));
        http.delete("/subjects/" + SUBJECT + "/versions/1");

        Reply third = http.register(SUBJECT, student(ID, EMAIL));

        assertThat(third.status()).as(third.toString()).isEqualTo(200);
    }

    static Stream<String> transitiveLevels() {
        return Stream.of("BACKWARD_TRANSITIVE", "FULL_TRANSITIVE");
    }
}
