package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.Decisions.assertRefused;
import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.application.Applicants.DECIDER;
import static edu.lifecycle.admissions.application.Applicants.EXAM_SCORE;
import static edu.lifecycle.admissions.application.Applicants.STUDENT;
import static edu.lifecycle.admissions.application.Applicants.applying;
import static edu.lifecycle.admissions.application.Applicants.day;
import static edu.lifecycle.admissions.application.Applicants.promote;
import static edu.lifecycle.admissions.application.Applicants.recordDecision;
import static edu.lifecycle.admissions.application.Applicants.requestDecision;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.ApplicationEvent.AdmissionDecided;
import edu.lifecycle.admissions.application.ApplicationEvent.AdmissionDecisionRequested;
import edu.lifecycle.admissions.application.ApplicationEvent.WaitlistedApplicantPromoted;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.Programmes;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecidingAdmissionTest {

    @Test
    void aRequestedDecisionGoesToTheIntakeWithTheExamScore() {
        var events = eventsOf(DECIDER.decide(
                Optional.of(Applicants.eligibleWithExamGraded()), requestDecision(AdmissionDecision.ADMITTED, null)));

        assertThat(events)
                .containsExactly(new AdmissionDecisionRequested(
                        STUDENT,
                        day(20),
                        "M2-ISD",
                        new AcademicYear(2026),
                        AdmissionDecision.ADMITTED,
                        Optional.empty(),
                        EXAM_SCORE));
    }

    @Test
    void anApplicationAwaitsTheIntakeOnceADecisionIsRequested() {
        var application = Applicants.awaitingDecision(AdmissionDecision.WAITLISTED);

        assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
        assertThat(application.selection().admissionRequest())
                .contains(new AdmissionRequest(AdmissionDecision.WAITLISTED, Optional.of("jury's view"), day(20)));
        assertThat(application.selection().admission()).isEmpty();
    }

    @Test
    void refusesADecisionBeforeTheExamIsGraded() {
        var decision =
                DECIDER.decide(Optional.of(Applicants.eligible()), requestDecision(AdmissionDecision.ADMITTED, null));

        assertRefused(decision, "admission-decision-requires-grading", RejectionKind.CONFLICT);
    }

    @Test
    void refusesADecisionForAnIneligibleApplicant() {
        var decision = DECIDER.decide(
                Optional.of(Applicants.ineligible()), requestDecision(AdmissionDecision.REJECTED, "not eligible"));

        assertRefused(decision, "admission-decision-requires-grading", RejectionKind.CONFLICT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesARejectionWithoutAReason(String reason) {
        var graded = Optional.of(Applicants.eligibleWithExamGraded());

        assertRefused(
                DECIDER.decide(graded, requestDecision(AdmissionDecision.REJECTED, reason)),
                "rejection-reason-required",
                RejectionKind.RULE_BROKEN);
        assertRefused(
                DECIDER.decide(graded, requestDecision(AdmissionDecision.REJECTED, null)),
                "rejection-reason-required",
                RejectionKind.RULE_BROKEN);
    }

    @Test
    void refusesASecondRequestForTheSameApplicant() {
        var decision = DECIDER.decide(
                Optional.of(Applicants.awaitingDecision(AdmissionDecision.ADMITTED)),
                requestDecision(AdmissionDecision.REJECTED, "changed our mind"));

        assertRefused(decision, "admission-decision-already-requested", RejectionKind.CONFLICT);
    }

    @Test
    void refusesARequestOnceTheIntakeHasDecided() {
        var decision =
                DECIDER.decide(Optional.of(Applicants.waitlisted()), requestDecision(AdmissionDecision.ADMITTED, null));

        assertRefused(decision, "admission-decision-already-requested", RejectionKind.CONFLICT);
    }

    @ParameterizedTest
    @EnumSource(AdmissionDecision.class)
    void recordsTheIntakesFinalDecision(AdmissionDecision finalDecision) {
        var awaiting = Optional.of(Applicants.awaitingDecision(AdmissionDecision.ADMITTED));

        var events = eventsOf(DECIDER.decide(awaiting, recordDecision(finalDecision, "capacity reached")));

        assertThat(events)
                .containsExactly(
                        new AdmissionDecided(STUDENT, day(21), finalDecision, Optional.of("capacity reached")));
        assertThat(DECIDER.evolveAll(awaiting, events).orElseThrow().status())
                .isEqualTo(ApplicationStatus.valueOf(finalDecision.name()));
    }

    @Test
    void aFinalDecisionWithABlankReasonCarriesNone() {
        var events = eventsOf(DECIDER.decide(
                Optional.of(Applicants.awaitingDecision(AdmissionDecision.ADMITTED)),
                recordDecision(AdmissionDecision.ADMITTED, " ")));

        assertThat(((AdmissionDecided) events.get(0)).reason()).isEmpty();
    }

    @Test
    void refusesAFinalDecisionNoOneRequested() {
        var decision = DECIDER.decide(
                Optional.of(Applicants.eligibleWithExamGraded()), recordDecision(AdmissionDecision.ADMITTED, null));

        assertRefused(decision, "admission-decision-not-awaited", RejectionKind.CONFLICT);
    }

    @Test
    void refusesASecondFinalDecision() {
        var decision =
                DECIDER.decide(Optional.of(Applicants.rejected()), recordDecision(AdmissionDecision.ADMITTED, null));

        assertRefused(decision, "admission-decision-not-awaited", RejectionKind.CONFLICT);
    }

    @Test
    void refusesAFinalDecisionForAnApplicantWhoWithdrewWhileAwaitingIt() {
        var withdrew = applying(
                Optional.of(Applicants.awaitingDecision(AdmissionDecision.ADMITTED)),
                Applicants.withdraw("changed plans"));

        assertRefused(
                DECIDER.decide(Optional.of(withdrew), recordDecision(AdmissionDecision.ADMITTED, null)),
                "application-withdrawn",
                RejectionKind.CONFLICT);
    }

    @Test
    void promotesAWaitlistedApplicant() {
        var events = eventsOf(DECIDER.decide(Optional.of(Applicants.waitlisted()), promote()));

        assertThat(events)
                .containsExactly(new WaitlistedApplicantPromoted(STUDENT, day(30), "M2-ISD", new AcademicYear(2026)));
    }

    @Test
    void aPromotedApplicantIsAdmittedAndTheOriginalDecisionIsKept() {
        var application = applying(Optional.of(Applicants.waitlisted()), promote());

        assertThat(application.status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(application.holdsSeat()).isTrue();
        var outcome = application.selection().admission().orElseThrow();
        assertThat(outcome.decision()).isEqualTo(AdmissionDecision.WAITLISTED);
        assertThat(outcome.promotedAt()).contains(day(30));
    }

    @Test
    void refusesToPromoteAnAdmittedApplicant() {
        assertRefused(
                DECIDER.decide(Optional.of(Applicants.admitted()), promote()),
                "promotion-requires-waitlist",
                RejectionKind.CONFLICT);
    }

    @Test
    void refusesToPromoteARejectedApplicant() {
        assertRefused(
                DECIDER.decide(Optional.of(Applicants.rejected()), promote()),
                "promotion-requires-waitlist",
                RejectionKind.CONFLICT);
    }

    @Test
    void refusesToPromoteAnApplicantWhoLeftTheWaitlist() {
        var left = applying(Optional.of(Applicants.waitlisted()), Applicants.withdraw("found another programme"));

        assertRefused(DECIDER.decide(Optional.of(left), promote()), "application-withdrawn", RejectionKind.CONFLICT);
    }

    @Test
    void refusesADecisionOnceTheApplicationsYearIsNoLongerOpen() {
        var nextYearOnly = new ApplicationDecider(Programmes.catalogWithOpenYears(Programmes.NEXT_YEAR));

        var decision = nextYearOnly.decide(
                Optional.of(Applicants.eligibleWithExamGraded()), requestDecision(AdmissionDecision.ADMITTED, null));

        assertRefused(decision, "academic-year-not-open", RejectionKind.RULE_BROKEN);
    }
}
