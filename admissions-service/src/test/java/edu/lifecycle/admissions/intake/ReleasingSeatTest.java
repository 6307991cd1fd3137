package edu.lifecycle.admissions.intake;

import static edu.lifecycle.admissions.Decisions.assertAcceptedWithoutEvents;
import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.intake.Intakes.DECIDER;
import static edu.lifecycle.admissions.intake.Intakes.M2_ISD_2026;
import static edu.lifecycle.admissions.intake.Intakes.M2_ISD_2027;
import static edu.lifecycle.admissions.intake.Intakes.jury;
import static edu.lifecycle.admissions.intake.Intakes.minute;
import static edu.lifecycle.admissions.intake.Intakes.placing;
import static edu.lifecycle.admissions.intake.Intakes.release;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.intake.IntakeEvent.ApplicantLeftWaitlist;
import edu.lifecycle.admissions.intake.IntakeEvent.ApplicantPlaced;
import edu.lifecycle.admissions.intake.IntakeEvent.SeatReleased;
import edu.lifecycle.admissions.intake.IntakeEvent.WaitlistPromotionGranted;
import edu.lifecycle.admissions.programme.Capacity;
import edu.lifecycle.admissions.programme.Programme;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.admissions.programme.Programmes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleasingSeatTest {

    /** Full, with S-C (28.00) then S-D (31.00) waiting. */
    private static Intake fullWithTwoWaiting() {
        return placing(
                Intakes.full(),
                jury(M2_ISD_2026, "S-C", AdmissionDecision.ADMITTED, "28.00", 3),
                jury(M2_ISD_2026, "S-D", AdmissionDecision.ADMITTED, "31.00", 4));
    }

    @Test
    void aFreedSeatGoesToTheBestGradedWaitlistedApplicant() {
        var intake = fullWithTwoWaiting();

        var events = eventsOf(DECIDER.decide(intake, release(M2_ISD_2026, "S-A", 10)));

        assertThat(events)
                .containsExactly(
                        new SeatReleased(M2_ISD_2026, "S-A", minute(10)),
                        new WaitlistPromotionGranted(M2_ISD_2026, "S-D", minute(10), "S-A"));
        var after = DECIDER.evolveAll(intake, events);
        assertThat(after.seatHolders()).containsExactly("S-B", "S-D");
        assertThat(after.waitlist()).extracting(WaitlistEntry::studentId).containsExactly("S-C");
    }

    @Test
    void onEqualScoresTheApplicantWaitlistedFirstIsPromoted() {
        var intake = placing(
                Intakes.full(),
                jury(M2_ISD_2026, "S-D", AdmissionDecision.ADMITTED, "30.00", 4),
                jury(M2_ISD_2026, "S-C", AdmissionDecision.ADMITTED, "30.00", 3));

        var events = eventsOf(DECIDER.decide(intake, release(M2_ISD_2026, "S-A", 10)));

        assertThat(events).last().isEqualTo(new WaitlistPromotionGranted(M2_ISD_2026, "S-C", minute(10), "S-A"));
    }

    @Test
    void onEqualScoresAndTimesTheStudentIdDecides() {
        var intake = placing(
                Intakes.full(),
                jury(M2_ISD_2026, "S-Z", AdmissionDecision.ADMITTED, "30", 3),
                jury(M2_ISD_2026, "S-M", AdmissionDecision.ADMITTED, "30.00", 3));

        var events = eventsOf(DECIDER.decide(intake, release(M2_ISD_2026, "S-B", 10)));

        assertThat(events).last().isEqualTo(new WaitlistPromotionGranted(M2_ISD_2026, "S-M", minute(10), "S-B"));
    }

    @Test
    void aFreedSeatNoOneWaitsForStaysFreeForTheNextAdmission() {
        var freed = placing(Intakes.full(), release(M2_ISD_2026, "S-A", 10));

        var events = eventsOf(DECIDER.decide(freed, jury(M2_ISD_2026, "S-E", AdmissionDecision.ADMITTED, "25.00", 11)));

        assertThat(((ApplicantPlaced) events.get(0)).decision()).isEqualTo(AdmissionDecision.ADMITTED);
    }

    @Test
    void aPromotedApplicantTakesTheSeatSoTheNextAdmissionIsWaitlisted() {
        var afterPromotion = placing(fullWithTwoWaiting(), release(M2_ISD_2026, "S-A", 10));

        var events = eventsOf(
                DECIDER.decide(afterPromotion, jury(M2_ISD_2026, "S-E", AdmissionDecision.ADMITTED, "40.00", 11)));

        assertThat(((ApplicantPlaced) events.get(0)).decision()).isEqualTo(AdmissionDecision.WAITLISTED);
    }

    @Test
    void aWaitlistedApplicantWhoWithdrawsLeavesTheWaitlistAndIsNeverPromoted() {
        var intake = fullWithTwoWaiting();

        var events = eventsOf(DECIDER.decide(intake, release(M2_ISD_2026, "S-D", 5)));
        var afterLeaving = DECIDER.evolveAll(intake, events);
        var promotion = eventsOf(DECIDER.decide(afterLeaving, release(M2_ISD_2026, "S-A", 10)));

        assertThat(events).containsExactly(new ApplicantLeftWaitlist(M2_ISD_2026, "S-D", minute(5)));
        assertThat(afterLeaving.seatHolders()).containsExactly("S-A", "S-B");
        assertThat(promotion).last().isEqualTo(new WaitlistPromotionGranted(M2_ISD_2026, "S-C", minute(10), "S-A"));
    }

    @Test
    void releasingAStudentTheIntakeNeverPlacedChangesNothing() {
        assertAcceptedWithoutEvents(DECIDER.decide(Intakes.full(), release(M2_ISD_2026, "S-X", 10)));
    }

    @Test
    void releasingARejectedStudentChangesNothing() {
        var intake =
                placing(Intake.empty(M2_ISD_2026), jury(M2_ISD_2026, "S-R", AdmissionDecision.REJECTED, "08.00", 1));

        assertAcceptedWithoutEvents(DECIDER.decide(intake, release(M2_ISD_2026, "S-R", 10)));
    }

    @Test
    void releasingTheSameSeatTwiceFreesItOnce() {
        var released = placing(fullWithTwoWaiting(), release(M2_ISD_2026, "S-A", 10));

        assertAcceptedWithoutEvents(DECIDER.decide(released, release(M2_ISD_2026, "S-A", 11)));
    }

    @Test
    void inAYearWithoutCapacityAFreedSeatStillGoesToTheWaitlist() {
        var intake = placing(
                Intake.empty(M2_ISD_2027),
                jury(M2_ISD_2027, "S-A", AdmissionDecision.ADMITTED, "30.00", 1),
                jury(M2_ISD_2027, "S-W", AdmissionDecision.WAITLISTED, "20.00", 2));

        var events = eventsOf(DECIDER.decide(intake, release(M2_ISD_2027, "S-A", 10)));

        assertThat(events).last().isEqualTo(new WaitlistPromotionGranted(M2_ISD_2027, "S-W", minute(10), "S-A"));
    }

    @Test
    void noOneIsPromotedWhileTheSeatsStillExceedALoweredCapacity() {
        var threeSeats = new IntakeDecider(ProgrammeCatalog.of(List.of(Programmes.YEAR), List.of(withCapacity(3))));
        var overCapacity = placing(
                threeSeats,
                Intake.empty(M2_ISD_2026),
                jury(M2_ISD_2026, "S-A", AdmissionDecision.ADMITTED, "30.00", 1),
                jury(M2_ISD_2026, "S-B", AdmissionDecision.ADMITTED, "30.00", 2),
                jury(M2_ISD_2026, "S-C", AdmissionDecision.ADMITTED, "30.00", 3),
                jury(M2_ISD_2026, "S-D", AdmissionDecision.WAITLISTED, "30.00", 4));

        var events = eventsOf(DECIDER.decide(overCapacity, release(M2_ISD_2026, "S-A", 10)));

        assertThat(events).containsExactly(new SeatReleased(M2_ISD_2026, "S-A", minute(10)));
    }

    private static Programme withCapacity(int seats) {
        var isd = Programmes.m2Isd();
        return new Programme(
                isd.id(),
                isd.title(),
                isd.minimumEcts(),
                isd.streams(),
                isd.schemes(),
                Map.of(Programmes.YEAR, Capacity.seats(seats)));
    }

    @Test
    void aSeatFreedInAClosedYearGoesToNobody() {
        var waiting = placing(
                Intake.empty(M2_ISD_2026),
                jury(M2_ISD_2026, "S-A", AdmissionDecision.ADMITTED, "30.00", 1),
                jury(M2_ISD_2026, "S-B", AdmissionDecision.ADMITTED, "30.00", 2),
                jury(M2_ISD_2026, "S-C", AdmissionDecision.ADMITTED, "30.00", 3));
        var nextYearOnly = new IntakeDecider(Programmes.catalogWithOpenYears(Programmes.NEXT_YEAR));

        var events = eventsOf(nextYearOnly.decide(waiting, release(M2_ISD_2026, "S-A", 10)));

        assertThat(events).containsExactly(new SeatReleased(M2_ISD_2026, "S-A", minute(10)));
    }
}
