package edu.lifecycle.placement.placement;

import static edu.lifecycle.placement.placement.Students.CAMILLE;
import static edu.lifecycle.placement.placement.Students.DECIDER;
import static edu.lifecycle.placement.placement.Students.ENROLLED_AT;
import static edu.lifecycle.placement.placement.Students.after;
import static edu.lifecycle.placement.placement.Students.decide;
import static edu.lifecycle.placement.placement.Students.events;
import static edu.lifecycle.placement.placement.Students.internship;
import static edu.lifecycle.placement.placement.Students.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.PlacementCommand.OpenRecord;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementRecordClosed;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementRecordOpened;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacementRecordLifecycleTest {

    @Test
    void anEnrolledStudentGetsARecordWithTheProgrammesExperienceRequirement() {
        var decision =
                DECIDER.decide(Optional.empty(), new OpenRecord("c-1", CAMILLE, ENROLLED_AT, "M2-ISD", "2026-2027"));

        assertThat(events(decision)).singleElement().isInstanceOfSatisfying(PlacementRecordOpened.class, opened -> {
            assertThat(opened.programmeId()).isEqualTo("M2-ISD");
            assertThat(opened.academicYear()).isEqualTo("2026-2027");
            assertThat(opened.requiredMonths()).isEqualByComparingTo("6.00").hasScaleOf(2);
        });
    }

    @Test
    void aProgrammeWithoutReferenceDataOpensNoRecord() {
        var decision =
                DECIDER.decide(Optional.empty(), new OpenRecord("c-1", CAMILLE, ENROLLED_AT, "M1-XYZ", "2026-2027"));

        assertThat(rejection(decision).rule()).isEqualTo("programme-unknown");
        assertThat(rejection(decision).kind()).isEqualTo(RejectionKind.RULE_BROKEN);
    }

    @Test
    void aRecordOpensOnce() {
        var decision = decide(Students.enrolled(), new OpenRecord("c-2", CAMILLE, ENROLLED_AT, "M2-ISD", "2026-2027"));

        assertThat(rejection(decision).rule()).isEqualTo("placement-record-already-open");
    }

    @Test
    void aWithdrawalClosesTheRecordOnce() {
        var closing = decide(Students.enrolled(), Students.withdraw());
        assertThat(events(closing)).singleElement().isInstanceOf(PlacementRecordClosed.class);

        var closed = after(Students.enrolled(), Students.withdraw());
        assertThat(closed.closed()).isTrue();
        assertThat(events(decide(closed, Students.withdraw()))).isEmpty();
    }

    @Test
    void aWithdrawnApplicantWhoNeverEnrolledHasNothingToClose() {
        assertThat(events(DECIDER.decide(Optional.empty(), Students.withdraw())))
                .isEmpty();
    }

    @Test
    void aStudentWithoutARecordCannotSignAnything() {
        var decision = DECIDER.decide(Optional.empty(), internship("agr-1", "2027-02-01", "2027-05-31"));

        assertThat(rejection(decision).rule()).isEqualTo("placement-record-not-found");
        assertThat(rejection(decision).kind()).isEqualTo(RejectionKind.NOT_FOUND);
    }

    @Test
    void aClosedRecordTakesNoNewPlacementNorValidation() {
        var closed = after(Students.interning(), Students.withdraw());

        assertThat(rejection(decide(closed, internship("agr-2", "2027-06-01", "2027-09-30")))
                        .rule())
                .isEqualTo("placement-record-closed");
        assertThat(rejection(decide(closed, Students.validate("agr-1", "15", "2027-06-10")))
                        .rule())
                .isEqualTo("placement-record-closed");
    }
}
