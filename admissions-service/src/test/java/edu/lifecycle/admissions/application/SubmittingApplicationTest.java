package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.Decisions.assertRefused;
import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.Decisions.rejectionOf;
import static edu.lifecycle.admissions.application.Applicants.DECIDER;
import static edu.lifecycle.admissions.application.Applicants.STUDENT;
import static edu.lifecycle.admissions.application.Applicants.SUBMITTED_AT;
import static edu.lifecycle.admissions.application.Applicants.aSubmission;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.ApplicationEvent.ApplicationSubmitted;
import edu.lifecycle.admissions.application.ApplicationEvent.EligibilityAssessed;
import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmittingApplicationTest {

    @Test
    void recordsTheApplicationAndAssessesEligibilityAtOnce() {
        var events = eventsOf(DECIDER.decide(Optional.empty(), aSubmission().command()));

        assertThat(events)
                .containsExactly(
                        new ApplicationSubmitted(
                                STUDENT,
                                SUBMITTED_AT,
                                "M2-ISD",
                                new AcademicYear(2026),
                                new PriorDegree(
                                        "Master 1 International Relations", "Université Jean Moulin Lyon 3", "FR", 240),
                                StudyStream.PROFESSIONAL,
                                TrainingScheme.INITIAL,
                                new ApplicantProfile("Camille Martin", "camille.martin@example.org")),
                        new EligibilityAssessed(STUDENT, SUBMITTED_AT, true, List.of(), 240));
    }

    @Test
    void anApplicantWithExactlyTheMinimumEctsIsEligible() {
        var application =
                Applicants.applying(Optional.empty(), aSubmission().ects(240).command());

        assertThat(application.status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(application.selection().eligibility().orElseThrow().assessedReasons())
                .isEmpty();
    }

    @Test
    void anApplicantOneEctsShortOfTheMinimumIsIneligibleForInsufficientEcts() {
        var events = eventsOf(
                DECIDER.decide(Optional.empty(), aSubmission().ects(239).command()));

        assertThat(events.get(1))
                .isEqualTo(new EligibilityAssessed(
                        STUDENT, SUBMITTED_AT, false, List.of(IneligibilityReason.INSUFFICIENT_ECTS), 240));
        assertThat(DECIDER.evolveAll(Optional.empty(), events).orElseThrow().status())
                .isEqualTo(ApplicationStatus.INELIGIBLE);
    }

    @Test
    void anApplicantWithNoPriorEctsIsIneligibleRatherThanRefused() {
        var application =
                Applicants.applying(Optional.empty(), aSubmission().ects(0).command());

        assertThat(application.status()).isEqualTo(ApplicationStatus.INELIGIBLE);
    }

    @Test
    void aStreamOrSchemeTheProgrammeDoesNotOfferMakesTheApplicantIneligible() {
        var form = aSubmission().programme("M2-ISI").preferring(StudyStream.RESEARCH, TrainingScheme.INITIAL);

        var events = eventsOf(DECIDER.decide(Optional.empty(), form.command()));

        assertThat(((EligibilityAssessed) events.get(1)).reasons())
                .containsExactly(IneligibilityReason.STREAM_NOT_OFFERED);
    }

    @Test
    void listsEveryReasonForIneligibility() {
        var form = aSubmission()
                .programme("M2-ISI")
                .ects(180)
                .preferring(StudyStream.RESEARCH, TrainingScheme.APPRENTICESHIP);

        var events = eventsOf(DECIDER.decide(Optional.empty(), form.command()));

        assertThat(((EligibilityAssessed) events.get(1)).reasons())
                .containsExactly(
                        IneligibilityReason.INSUFFICIENT_ECTS,
                        IneligibilityReason.STREAM_NOT_OFFERED,
                        IneligibilityReason.SCHEME_NOT_OFFERED);
    }

    @Test
    void keepsTheApplicantsIdentityApartAsAProfileWithoutSurroundingBlanks() {
        var form = aSubmission().fullName("  Camille Martin ").email(" camille.martin@example.org ");

        var application = Applicants.applying(Optional.empty(), form.command());

        assertThat(application.applicant())
                .contains(new ApplicantProfile("Camille Martin", "camille.martin@example.org"));
        assertThat(application.personalDataErased()).isFalse();
    }

    @Test
    void refusesASecondApplicationFromTheSameStudent() {
        var decision =
                DECIDER.decide(Optional.of(Applicants.eligible()), aSubmission().command());

        assertRefused(decision, "application-already-submitted", RejectionKind.CONFLICT);
    }

    @Test
    void refusesAnApplicationToAProgrammeThatIsNotOffered() {
        var decision = DECIDER.decide(
                Optional.empty(), aSubmission().programme("M2-UNKNOWN").command());

        assertRefused(decision, "programme-unknown", RejectionKind.RULE_BROKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026/2027", "2026-2028", "2027-2026", "26-27", "2026", "", " 2026-2027", "２０２６-２０２７"})
    void refusesAnAcademicYearThatIsNotTwoConsecutiveYears(String year) {
        var decision = DECIDER.decide(
                Optional.empty(), aSubmission().academicYear(year).command());

        assertRefused(decision, "academic-year-malformed", RejectionKind.RULE_BROKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesAnApplicationWithoutTheApplicantsName(String name) {
        var decision =
                DECIDER.decide(Optional.empty(), aSubmission().fullName(name).command());

        assertRefused(decision, "applicant-name-required", RejectionKind.RULE_BROKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "camille", "camille@", "@example.org", "camille martin@example.org", "camille@example"})
    void refusesAnApplicationWhoseEmailIsNotAnAddress(String email) {
        var decision =
                DECIDER.decide(Optional.empty(), aSubmission().email(email).command());

        assertRefused(decision, "applicant-email-invalid", RejectionKind.RULE_BROKEN);
    }

    @Test
    void refusesAPriorDegreeWithoutItsInstitution() {
        var decision = DECIDER.decide(
                Optional.empty(),
                aSubmission().priorDegree("Master 1", " ", "FR").command());

        assertRefused(decision, "prior-degree-incomplete", RejectionKind.RULE_BROKEN);
    }

    @Test
    void refusesNegativePriorEcts() {
        var decision = DECIDER.decide(Optional.empty(), aSubmission().ects(-1).command());

        assertRefused(decision, "prior-ects-negative", RejectionKind.RULE_BROKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2030-2031", "2025-2026", "1900-1901"})
    void refusesAnApplicationForAnAcademicYearTheSchoolHasNotOpened(String year) {
        var decision = DECIDER.decide(
                Optional.empty(), aSubmission().academicYear(year).command());

        assertRefused(decision, "academic-year-not-open", RejectionKind.RULE_BROKEN);
        assertThat(rejectionOf(decision).detail()).contains(year).contains("2026-2027, 2027-2028");
    }

    @Test
    void acceptsAnApplicationForTheNextOpenYear() {
        var application = Applicants.applying(
                Optional.empty(), aSubmission().academicYear("2027-2028").command());

        assertThat(application.academicYear()).isEqualTo(new AcademicYear(2027));
    }

    @ParameterizedTest
    @ValueSource(ints = {601, 99_999_999, Integer.MAX_VALUE})
    void refusesPriorStudiesWorthMoreEctsThanTenYearsOfStudy(int ects) {
        var decision = DECIDER.decide(Optional.empty(), aSubmission().ects(ects).command());

        assertRefused(decision, "prior-ects-implausible", RejectionKind.RULE_BROKEN);
    }

    @Test
    void acceptsPriorStudiesWorthTenYearsOfStudy() {
        var application =
                Applicants.applying(Optional.empty(), aSubmission().ects(600).command());

        assertThat(application.status()).isEqualTo(ApplicationStatus.ELIGIBLE);
    }
}
