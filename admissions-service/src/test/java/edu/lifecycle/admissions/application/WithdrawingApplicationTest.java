package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.Decisions.assertRefused;
import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.application.Applicants.DECIDER;
import static edu.lifecycle.admissions.application.Applicants.STUDENT;
import static edu.lifecycle.admissions.application.Applicants.applying;
import static edu.lifecycle.admissions.application.Applicants.day;
import static edu.lifecycle.admissions.application.Applicants.withdraw;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.ApplicationEvent.EnrollmentWithdrawn;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WithdrawingApplicationTest {

    @Test
    void anEnrolledStudentWhoWithdrawsGivesBackASeat() {
        var events = eventsOf(DECIDER.decide(Optional.of(Applicants.enrolled()), withdraw(" found a job ")));

        assertThat(events)
                .containsExactly(new EnrollmentWithdrawn(
                        STUDENT, day(60), "M2-ISD", new AcademicYear(2026), "found a job", true, false));
    }

    @Test
    void anAdmittedApplicantWhoWithdrawsGivesBackASeat() {
        var withdrawn = (EnrollmentWithdrawn)
                eventsOf(DECIDER.decide(Optional.of(Applicants.admitted()), withdraw("other offer")))
                        .get(0);

        assertThat(withdrawn.wasHoldingSeat()).isTrue();
        assertThat(withdrawn.wasWaitlisted()).isFalse();
    }

    @Test
    void aWaitlistedApplicantWhoWithdrawsLeavesTheWaitlist() {
        var withdrawn = (EnrollmentWithdrawn)
                eventsOf(DECIDER.decide(Optional.of(Applicants.waitlisted()), withdraw("other offer")))
                        .get(0);

        assertThat(withdrawn.wasHoldingSeat()).isFalse();
        assertThat(withdrawn.wasWaitlisted()).isTrue();
    }

    @Test
    void anApplicantAwaitingTheDecisionHoldsNoSeatYet() {
        var withdrawn = (EnrollmentWithdrawn) eventsOf(DECIDER.decide(
                        Optional.of(Applicants.awaitingDecision(AdmissionDecision.ADMITTED)), withdraw("other offer")))
                .get(0);

        assertThat(withdrawn.wasHoldingSeat()).isFalse();
        assertThat(withdrawn.wasWaitlisted()).isFalse();
    }

    @Test
    void aWithdrawnApplicationRemembersWhenAndFromWhereItLeft() {
        var application = applying(Optional.of(Applicants.enrolled()), withdraw("found a job"));

        assertThat(application.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(application.isWithdrawn()).isTrue();
        assertThat(application.holdsSeat()).isFalse();
        assertThat(application.registration().withdrawal())
                .contains(new Withdrawal("found a job", day(60), ApplicationStatus.ENROLLED));
        assertThat(application.registration().enrollment())
                .as("the enrollment stays a fact")
                .isPresent();
    }

    @Test
    void anApplicantMayWithdrawBeforeAnyDecision() {
        var application = applying(Optional.of(Applicants.ineligible()), withdraw("changed plans"));

        assertThat(application.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @Test
    void refusesASecondWithdrawal() {
        var decision = DECIDER.decide(Optional.of(Applicants.withdrawn()), withdraw("again"));

        assertRefused(decision, "application-withdrawn", RejectionKind.CONFLICT);
    }

    @Test
    void refusesAWithdrawalWithoutAReason() {
        var decision = DECIDER.decide(Optional.of(Applicants.enrolled()), withdraw("  "));

        assertRefused(decision, "withdrawal-reason-required", RejectionKind.RULE_BROKEN);
    }

    @Test
    void refusesAWithdrawalOfAStudentWhoNeverApplied() {
        var decision = DECIDER.decide(Optional.empty(), withdraw("never was here"));

        assertRefused(decision, "application-not-found", RejectionKind.NOT_FOUND);
    }
}
