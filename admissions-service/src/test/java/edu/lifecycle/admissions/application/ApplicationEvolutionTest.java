package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.application.Applicants.DECIDER;
import static edu.lifecycle.admissions.application.Applicants.STUDENT;
import static edu.lifecycle.admissions.application.Applicants.SUBMITTED_AT;
import static edu.lifecycle.admissions.application.Applicants.aSubmission;
import static edu.lifecycle.admissions.application.Applicants.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import edu.lifecycle.admissions.application.ApplicationEvent.ApplicationSubmitted;
import edu.lifecycle.admissions.application.ApplicationEvent.PersonalDataErased;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationEvolutionTest {

    @Test
    void aSubmittedApplicationShowsEverythingTheApplicantGave() {
        var application = Applicants.eligible();

        assertThat(application.studentId()).isEqualTo(STUDENT);
        assertThat(application.programmeId()).isEqualTo("M2-ISD");
        assertThat(application.academicYear()).isEqualTo(new AcademicYear(2026));
        assertThat(application.submission().priorDegree().ects()).isEqualTo(240);
        assertThat(application.submission().preferredStream()).isEqualTo(StudyStream.PROFESSIONAL);
        assertThat(application.submission().preferredScheme()).isEqualTo(TrainingScheme.INITIAL);
        assertThat(application.submission().submittedAt()).isEqualTo(SUBMITTED_AT);
        assertThat(application.selection().eligibility().orElseThrow().requiredEcts())
                .isEqualTo(240);
        assertThat(application.lastChangedAt()).isEqualTo(SUBMITTED_AT);
    }

    @Test
    void eachStepMovesTheStatusOnAndStampsTheChange() {
        var graded = Applicants.eligibleWithExamGraded();
        var awaiting = Applicants.awaitingDecision(AdmissionDecision.ADMITTED);
        var admitted = Applicants.admitted();
        var enrolled = Applicants.enrolled();

        assertThat(graded.status()).isEqualTo(ApplicationStatus.GRADED);
        assertThat(graded.lastChangedAt()).isEqualTo(day(10));
        assertThat(awaiting.status()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
        assertThat(admitted.status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(admitted.lastChangedAt()).isEqualTo(day(21));
        assertThat(enrolled.status()).isEqualTo(ApplicationStatus.ENROLLED);
        assertThat(enrolled.lastChangedAt()).isEqualTo(day(40));
    }

    @Test
    void aSubmissionCannotBeFoldedOntoAnExistingApplication() {
        var submitted = (ApplicationSubmitted)
                eventsOf(DECIDER.decide(Optional.empty(), aSubmission().command()))
                        .get(0);

        assertThatIllegalStateException()
                .isThrownBy(() -> DECIDER.evolve(Optional.of(Applicants.eligible()), submitted));
    }

    @Test
    void nothingButASubmissionCanStartAnApplication() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DECIDER.evolve(Optional.empty(), new PersonalDataErased(STUDENT, day(1))));
    }
}
