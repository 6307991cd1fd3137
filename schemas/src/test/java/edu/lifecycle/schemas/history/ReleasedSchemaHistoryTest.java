package edu.lifecycle.schemas.history;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.schemas.Subject;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The released history in src/main/avro-history, held against the current schemas of the catalog. */
class ReleasedSchemaHistoryTest {

    private static final String HOW_TO_RELEASE =
            "release with ./mvnw -q -pl schemas test-compile exec:java@release-schemas";

    private final SchemaHistory history = SchemaHistory.at(SchemaHistory.RELEASED);

    static Stream<Named<Subject>> currentSubjects() {
        return EventCatalog.subjects().stream().map(subject -> Named.of(subject.name(), subject));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSubjects")
    void currentSchemaReadsWhatEveryReleasedVersionWrote(Subject subject) {
        List<ReleasedVersion> released = history.versionsOf(subject.name());

        assertThat(BackwardTransitiveCheck.incompatibleChanges(subject.schema(), released))
                .as("changes of %s that a consumer of its released versions could not read", subject.name())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSubjects")
    void everyCurrentSubjectHasBeenReleased(Subject subject) {
        assertThat(history.versionsOf(subject.name()))
                .as("released versions of %s; %s", subject.name(), HOW_TO_RELEASE)
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSubjects")
    void releasedVersionsAreNumberedFromOneWithoutGaps(Subject subject) {
        List<ReleasedVersion> released = history.versionsOf(subject.name());

        assertThat(released)
                .extracting(ReleasedVersion::version)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, released.size()).boxed().toList());
    }

    @Test
    void keepsNoHistoryOfASubjectMissingFromTheCatalog() {
        assertThat(EventCatalog.subjects())
                .extracting(Subject::name)
                .as("dropping a released event type breaks its consumers")
                .containsAll(history.subjects());
    }

    @Test
    void releasedFilesAreExactlyAsReleased() {
        assertThat(ReleaseManifest.violations(SchemaHistory.RELEASED)).isEmpty();
    }
}
