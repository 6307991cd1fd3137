package edu.lifecycle.admissions.application;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.ApplicationCommand.RectifyPersonalData;
import edu.lifecycle.admissions.application.ApplicationEvent.PersonalDataErased;
import edu.lifecycle.admissions.application.ApplicationEvent.PersonalDataRectified;
import edu.lifecycle.servicekit.decision.Decision;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RectifyingPersonalDataTest {

    private static final Instant AT = Instant.parse("2026-07-01T09:00:00Z");

    @Test
    void aCorrectedNameKeepsTheEmailAndBecomesTheApplicantsIdentity() {
        var application = submitted();

        var decision = RectifyingPersonalData.decide(
                application, rectify(Optional.of("  Camille Martin-Roy "), Optional.empty()));

        var rectified = (PersonalDataRectified)
                ((Decision.Accepted<ApplicationEvent>) decision).events().get(0);
        assertThat(rectified.applicant()).isEqualTo(new ApplicantProfile("Camille Martin-Roy", "camille@example.org"));
        assertThat(application.rectified(rectified).applicant()).contains(rectified.applicant());
        assertThat(application.rectified(rectified).status()).isEqualTo(application.status());
    }

    @Test
    void aCorrectionIsRefusedWhenItNamesNothingOrBreaksTheSubmissionRules() {
        var application = submitted();

        assertThat(rule(RectifyingPersonalData.decide(application, rectify(Optional.empty(), Optional.empty()))))
                .isEqualTo(ApplicationRules.RECTIFICATION_EMPTY);
        assertThat(rule(RectifyingPersonalData.decide(application, rectify(Optional.of("  "), Optional.empty()))))
                .isEqualTo(ApplicationRules.APPLICANT_NAME_REQUIRED);
        var badEmail = RectifyingPersonalData.decide(application, rectify(Optional.empty(), Optional.of("no-at-sign")));
        assertThat(rule(badEmail)).isEqualTo(ApplicationRules.APPLICANT_EMAIL_INVALID);
        assertThat(((Decision.Rejected<ApplicationEvent>) badEmail).rejection().detail())
                .doesNotContain("no-at-sign");
    }

    @Test
    void nothingIsLeftToCorrectAfterErasure() {
        var erased = submitted().erased(AT);

        assertThat(rule(RectifyingPersonalData.decide(erased, rectify(Optional.of("Someone"), Optional.empty()))))
                .isEqualTo(ApplicationRules.PERSONAL_DATA_ERASED);
        assertThat(new PersonalDataErased("stu-1", AT).studentId()).isEqualTo("stu-1");
    }

    private static Application submitted() {
        return new Application(
                "stu-1",
                new Submission(
                        "M2-ISD",
                        edu.lifecycle.admissions.programme.AcademicYear.parse("2026-2027")
                                .orElseThrow(),
                        new PriorDegree("Master 1", "Université", "FR", 240),
                        edu.lifecycle.admissions.programme.StudyStream.PROFESSIONAL,
                        edu.lifecycle.admissions.programme.TrainingScheme.INITIAL,
                        AT),
                Optional.of(new ApplicantProfile("Camille Martin", "camille@example.org")),
                ApplicationStatus.ELIGIBLE,
                Selection.NOT_STARTED,
                Registration.NONE,
                AT);
    }

    private static RectifyPersonalData rectify(Optional<String> name, Optional<String> email) {
        return new RectifyPersonalData("c-1", "stu-1", AT.plusSeconds(60), name, email);
    }

    private static String rule(Decision<ApplicationEvent> decision) {
        return ((Decision.Rejected<ApplicationEvent>) decision).rejection().rule();
    }
}
