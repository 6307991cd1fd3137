package edu.lifecycle.admissions.intake;

import static edu.lifecycle.admissions.Decisions.assertAcceptedWithoutEvents;
import static edu.lifecycle.admissions.Decisions.assertRefused;
import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.intake.Intakes.DECIDER;
import static edu.lifecycle.admissions.intake.Intakes.M2_ISD_2026;
import static edu.lifecycle.admissions.intake.Intakes.M2_ISD_2027;
import static edu.lifecycle.admissions.intake.Intakes.jury;
import static edu.lifecycle.admissions.intake.Intakes.minute;
import static edu.lifecycle.admissions.intake.Intakes.placing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import edu.lifecycle.admissions.intake.IntakeEvent.ApplicantPlaced;
import edu.lifecycle.admissions.programme.Programmes;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlacingApplicantTest {

    @Test
    void admitsAnApplicantWhileSeatsRemain() {
        var events = eventsOf(DECIDER.decide(
                Intake.empty(M2_ISD_2026), jury(M2_ISD_2026, "S-A", AdmissionDecision.ADMITTED, "30.00", 1)));

        assertThat(events)
                .containsExactly(new ApplicantPlaced(
                        M2_ISD_2026,
                        "S-A",
                        minute(1),
                        AdmissionDecision.ADMITTED,
                        Optional.empty(),
                        new BigDecimal("30.00")));
    }

    @Test
    void thePlacementIsRecordedUnderWhoAskedForItEvenWhenCapacityTurnsItIntoAWaitlisting() {
        var asked = Optional.of("admissions-officer");
        var request = jury(M2_ISD_2026, "S-C", AdmissionDecision.ADMITTED, "35.00", 3);
        var signedIn = new IntakeCommand.PlaceApplicant(
                request.commandId(),
                request.intake(),
                request.studentId(),
                request.issuedAt(),
                request.requested(),
                request.reason(),
                request.examScore(),
                asked);

        var events = eventsOf(DECIDER.decide(Intakes.full(), signedIn));

        assertThat(events).singleElement().isInstanceOfSatisfying(ApplicantPlaced.class, placed -> {
            assertThat(placed.decision()).isEqualTo(AdmissionDecision.WAITLISTED);
            assertThat(placed.staffId()).isEqualTo(asked);
        });
    }

    @Test
    void admitsAnApplicantIntoTheLastSeat() {
        var oneSeatLeft =
                placing(Intake.empty(M2_ISD_2026), jury(M2_ISD_2026, "S-A", AdmissionDecision.ADMITTED, "30.00", 1));

        var events =
                eventsOf(DECIDER.decide(oneSeatLeft, jury(M2_ISD_2026, "S-B", AdmissionDecision.ADMITTED, "20.00", 2)));

        assertThat(((ApplicantPlaced) events.get(0)).decision()).isEqualTo(AdmissionDecision.ADMITTED);
        var full = DECIDER.evolveAll(oneSeatLeft, events);
        assertThat(full.seatHolders()).containsExactly("S-A", "S-B");
        assertThat(full.hasFreeSeat(OptionalInt.of(Programmes.M2_ISD_CAPACITY))).isFalse();
    }

    @Test
    void waitlistsAnAdmittedApplicantOnePastCapacityBecauseCapacityIsReached() {
        var full = Intakes.full();

        var events = eventsOf(DECIDER.decide(full, jury(M2_ISD_2026, "S-C", AdmissionDecision.ADMITTED, "35.00", 3)));

        assertThat(events)
                .containsExactly(new ApplicantPlaced(
                        M2_ISD_2026,
                        "S-C",
                        minute(3),
                        AdmissionDecision.WAITLISTED,
                        Optional.of("capacity reached"),
                        new BigDecimal("35.00")));
        var after = DECIDER.evolveAll(full, events);
        assertThat(after.seatHolders()).containsExactly("S-A", "S-B");
        assertThat(after.waitlist()).containsExactly(new WaitlistEntry("S-C", new BigDecimal("35.00"), minute(3)));
    }

    @Test
    void aRejectionStaysARejectionWhileSeatsRemain() {
        var events = eventsOf(DECIDER.decide(
                Intake.empty(M2_ISD_2026), jury(M2_ISD_2026, "S-A", AdmissionDecision.REJECTED, "12.00", 1)));

        var placed = (ApplicantPlaced) events.get(0);
        assertThat(placed.decision()).isEqualTo(AdmissionDecision.REJECTED);
        assertThat(placed.reason()).contains("insufficient motivation");
        var after = DECIDER.evolveAll(Intake.empty(M2_ISD_2026), events);
        assertThat(after.seatHolders()).isEmpty();
        assertThat(after.waitlist()).isEmpty();
        assertThat(after.hasPlaced("S-A")).isTrue();
    }

    @Test
    void aWaitlistingStaysAWaitlistingWhileSeatsRemain() {
        var after =
                placing(Intake.empty(M2_ISD_2026), jury(M2_ISD_2026, "S-A", AdmissionDecision.WAITLISTED, "22.00", 1));

        assertThat(after.seatHolders()).isEmpty();
        assertThat(after.isWaitlisted("S-A")).isTrue();
    }

    @Test
    void aYearWithoutCapacityAdmitsEveryAdmittedApplicant() {
        var after = placing(
                Intake.empty(M2_ISD_2027),
                jury(M2_ISD_2027, "S-A", AdmissionDecision.ADMITTED, "30.00", 1),
                jury(M2_ISD_2027, "S-B", AdmissionDecision.ADMITTED, "30.00", 2),
                jury(M2_ISD_2027, "S-C", AdmissionDecision.ADMITTED, "30.00", 3),
                jury(M2_ISD_2027, "S-D", AdmissionDecision.ADMITTED, "30.00", 4));

        assertThat(after.seatHolders()).containsExactly("S-A", "S-B", "S-C", "S-D");
        assertThat(after.waitlist()).isEmpty();
    }

    @Test
    void placingTheSameStudentTwiceChangesNothing() {
        var full = Intakes.full();

        assertAcceptedWithoutEvents(
                DECIDER.decide(full, jury(M2_ISD_2026, "S-A", AdmissionDecision.ADMITTED, "30.00", 1)));
        assertAcceptedWithoutEvents(
                DECIDER.decide(full, jury(M2_ISD_2026, "S-B", AdmissionDecision.REJECTED, "29.00", 9)));
    }

    @Test
    void placingAWaitlistedStudentAgainKeepsTheirPlaceInLine() {
        var withWaitlist = placing(Intakes.full(), jury(M2_ISD_2026, "S-C", AdmissionDecision.ADMITTED, "31.00", 3));

        assertAcceptedWithoutEvents(
                DECIDER.decide(withWaitlist, jury(M2_ISD_2026, "S-C", AdmissionDecision.ADMITTED, "31.00", 3)));
    }

    @Test
    void refusesToPlaceInAProgrammeNoLongerOffered() {
        var retired = new IntakeKey("M2-RETIRED", Programmes.YEAR);

        var decision =
                DECIDER.decide(Intake.empty(retired), jury(retired, "S-A", AdmissionDecision.ADMITTED, "30.00", 1));

        assertRefused(decision, "programme-unknown", RejectionKind.RULE_BROKEN);
    }

    @Test
    void aCommandRoutedToAnotherIntakeIsAWiringFault() {
        var command = jury(M2_ISD_2027, "S-A", AdmissionDecision.ADMITTED, "30.00", 1);

        assertThatIllegalArgumentException().isThrownBy(() -> DECIDER.decide(Intake.empty(M2_ISD_2026), command));
    }

    @Test
    void placesNobodyInAYearThatClosedBeforeTheJurysWishArrived() {
        var nextYearOnly = new IntakeDecider(Programmes.catalogWithOpenYears(Programmes.NEXT_YEAR));

        var decision = nextYearOnly.decide(
                Intake.empty(M2_ISD_2026), jury(M2_ISD_2026, "S-A", AdmissionDecision.ADMITTED, "30.00", 1));

        assertRefused(decision, "academic-year-not-open", RejectionKind.RULE_BROKEN);
    }
}
