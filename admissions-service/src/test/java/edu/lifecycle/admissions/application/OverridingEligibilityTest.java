package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.Decisions.assertRefused;
import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.application.Applicants.DECIDER;
import static edu.lifecycle.admissions.application.Applicants.STUDENT;
import static edu.lifecycle.admissions.application.Applicants.applying;
import static edu.lifecycle.admissions.application.Applicants.day;
import static edu.lifecycle.admissions.application.Applicants.grade;
import static edu.lifecycle.admissions.application.Applicants.override;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.ApplicationEvent.EligibilityOverridden;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverridingEligibilityTest {

    @Test
    void anOfficerMayDeclareAnIneligibleApplicantEligibleWithAWrittenReason() {
        var command = override(true, "Equivalent professional experience", "officer-7");

        var events = eventsOf(DECIDER.decide(Optional.of(Applicants.ineligible()), command));

        assertThat(events)
                .containsExactly(new EligibilityOverridden(
                        STUDENT, day(5), true, "Equivalent professional experience", "officer-7"));
    }

    @Test
    void anOverriddenVerdictHoldsWhileTheAutomaticReasonsAreKept() {
        var application =
                applying(Optional.of(Applicants.ineligible()), override(true, "Equivalent experience", "officer-7"));

        assertThat(application.status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        var eligibility = application.selection().eligibility().orElseThrow();
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.assessedReasons()).containsExactly(IneligibilityReason.INSUFFICIENT_ECTS);
        assertThat(eligibility.override())
                .contains(new Eligibility.OfficerOverride("Equivalent experience", "officer-7", day(5)));
    }

    @Test
    void anApplicantDeclaredEligibleByAnOfficerMaySitTheExam() {
        var application = applying(
                Optional.of(Applicants.ineligible()),
                override(true, "Equivalent experience", "officer-7"),
                grade("12", "13"));

        assertThat(application.status()).isEqualTo(ApplicationStatus.GRADED);
    }

    @Test
    void anOfficerMayDeclareAnEligibleApplicantIneligible() {
        var application =
                applying(Optional.of(Applicants.eligible()), override(false, "Degree not recognised", "officer-7"));

        assertThat(application.status()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertRefused(
                DECIDER.decide(Optional.of(application), grade("12", "13")),
                "exam-requires-eligibility",
                RejectionKind.CONFLICT);
    }

    @Test
    void refusesAnOverrideWithoutAReason() {
        var decision = DECIDER.decide(Optional.of(Applicants.ineligible()), override(true, "  ", "officer-7"));

        assertRefused(decision, "eligibility-override-reason-required", RejectionKind.RULE_BROKEN);
    }

    @Test
    void refusesAnOverrideNobodySignedInSent() {
        var decision = DECIDER.decide(Optional.of(Applicants.ineligible()), override(true, "Experience", null));

        assertRefused(decision, "eligibility-override-officer-required", RejectionKind.RULE_BROKEN);
    }

    @Test
    void refusesAnOverrideWhoseSenderHasABlankStaffId() {
        var decision = DECIDER.decide(Optional.of(Applicants.ineligible()), override(true, "Experience", " "));

        assertRefused(decision, "eligibility-override-officer-required", RejectionKind.RULE_BROKEN);
    }

    @Test
    void refusesAnOverrideOnceTheExamIsGraded() {
        var decision = DECIDER.decide(
                Optional.of(Applicants.eligibleWithExamGraded()), override(false, "Degree not recognised", "o-7"));

        assertRefused(decision, "eligibility-override-after-grading", RejectionKind.CONFLICT);
    }

    @Test
    void refusesAnOverrideForAStudentWhoNeverApplied() {
        var decision = DECIDER.decide(Optional.empty(), override(true, "Experience", "officer-7"));

        assertRefused(decision, "application-not-found", RejectionKind.NOT_FOUND);
    }
}
