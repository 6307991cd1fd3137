package edu.lifecycle.placement.placement;

import static edu.lifecycle.placement.placement.Students.after;
import static edu.lifecycle.placement.placement.Students.decide;
import static edu.lifecycle.placement.placement.Students.degreeAwarded;
import static edu.lifecycle.placement.placement.Students.events;
import static edu.lifecycle.placement.placement.Students.firstPosition;
import static edu.lifecycle.placement.placement.Students.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.PlacementEvent.GraduateOutcomeRecorded;
import edu.lifecycle.placement.placement.PlacementEvent.StudentGraduated;
import org.junit.jupiter.api.Test;

class RecordingGraduateOutcomeTest {

    @Test
    void theDegreeMakesTheStudentAGraduateOnce() {
        assertThat(events(decide(Students.enrolled(), degreeAwarded())))
                .singleElement()
                .isInstanceOf(StudentGraduated.class);

        var graduate = after(Students.enrolled(), degreeAwarded());
        assertThat(graduate.graduate()).isTrue();
        assertThat(events(decide(graduate, degreeAwarded()))).isEmpty();
    }

    @Test
    void anOutcomeBeforeTheDegreeIsRefused() {
        assertThat(rejection(decide(Students.enrolled(), firstPosition(3))).rule())
                .isEqualTo("outcome-requires-degree");
    }

    @Test
    void aGraduatesFirstPositionIsRecorded() {
        var graduate = after(Students.enrolled(), degreeAwarded());

        assertThat(events(decide(graduate, firstPosition(3))))
                .singleElement()
                .isInstanceOfSatisfying(GraduateOutcomeRecorded.class, outcome -> {
                    assertThat(outcome.sector()).isEqualTo(Sector.DEFENCE_INDUSTRY);
                    assertThat(outcome.organisation()).isEqualTo("Naval Group");
                    assertThat(outcome.monthsAfterGraduation()).isEqualTo(3);
                });
    }

    @Test
    void aGraduatesFirstPositionIsRecordedOnce() {
        var placed = after(Students.enrolled(), degreeAwarded(), firstPosition(3));

        assertThat(rejection(decide(placed, firstPosition(5))).rule()).isEqualTo("graduate-outcome-already-recorded");
    }

    @Test
    void aPositionCannotBeTakenUpBeforeTheDegree() {
        var graduate = after(Students.enrolled(), degreeAwarded());

        assertThat(rejection(decide(graduate, firstPosition(-1))).rule()).isEqualTo("months-after-graduation-negative");
    }
}
