package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.Decisions.assertRefused;
import static edu.lifecycle.admissions.Decisions.eventsOf;
import static edu.lifecycle.admissions.application.Applicants.DECIDER;
import static edu.lifecycle.admissions.application.Applicants.STUDENT;
import static edu.lifecycle.admissions.application.Applicants.aSubmission;
import static edu.lifecycle.admissions.application.Applicants.applying;
import static edu.lifecycle.admissions.application.Applicants.day;
import static edu.lifecycle.admissions.application.Applicants.enroll;
import static edu.lifecycle.admissions.application.Applicants.enrollAt;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.ApplicationEvent.StudentEnrolled;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.Programmes;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import edu.lifecycle.servicekit.decision.RejectionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnrollingStudentTest {

    @Test
    void enrollsAnAdmittedApplicantInTheChosenStreamAndScheme() {
        var events = eventsOf(DECIDER.decide(
                Optional.of(Applicants.admitted()), enroll(StudyStream.RESEARCH, TrainingScheme.APPRENTICESHIP)));

        assertThat(events)
                .containsExactly(new StudentEnrolled(
                        STUDENT,
                        day(40),
                        "M2-ISD",
                        new AcademicYear(2026),
                        StudyStream.RESEARCH,
                        TrainingScheme.APPRENTICESHIP,
                        LocalDate.of(2026, 4, 11)));
    }

    @Test
    void anEnrolledStudentKeepsTheFixedStreamAndScheme() {
        var student = Applicants.enrolled();

        assertThat(student.status()).isEqualTo(ApplicationStatus.ENROLLED);
        assertThat(student.holdsSeat()).isTrue();
        assertThat(student.registration().enrollment())
                .contains(new Enrollment(
                        StudyStream.PROFESSIONAL, TrainingScheme.APPRENTICESHIP, LocalDate.of(2026, 4, 11), day(40)));
    }

    @Test
    void datesTheRegistrationWhereTheProgrammeRuns() {
        // 23:30 UTC on 31 August is already 1 September in Paris (UTC+2 in summer).
        var lateEvening = Instant.parse("2026-08-31T22:30:00Z");

        var events = eventsOf(DECIDER.decide(
                Optional.of(Applicants.admitted()),
                enrollAt(lateEvening, StudyStream.PROFESSIONAL, TrainingScheme.INITIAL)));

        assertThat(((StudentEnrolled) events.get(0)).registeredOn()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void enrollsAnApplicantPromotedFromTheWaitlist() {
        var promoted = applying(Optional.of(Applicants.waitlisted()), Applicants.promote());

        var decision = DECIDER.decide(Optional.of(promoted), enroll(StudyStream.PROFESSIONAL, TrainingScheme.INITIAL));

        assertThat(eventsOf(decision)).hasSize(1);
    }

    @Test
    void refusesEnrollmentOfAWaitlistedApplicant() {
        var decision = DECIDER.decide(
                Optional.of(Applicants.waitlisted()), enroll(StudyStream.PROFESSIONAL, TrainingScheme.INITIAL));

        assertRefused(decision, "enrollment-requires-admission", RejectionKind.CONFLICT);
    }

    @Test
    void refusesEnrollmentOfARejectedApplicant() {
        var decision = DECIDER.decide(
                Optional.of(Applicants.rejected()), enroll(StudyStream.PROFESSIONAL, TrainingScheme.INITIAL));

        assertRefused(decision, "enrollment-requires-admission", RejectionKind.CONFLICT);
    }

    @Test
    void refusesEnrollmentOfAnApplicantStillAwaitingTheDecision() {
        var decision = DECIDER.decide(
                Optional.of(Applicants.awaitingDecision(AdmissionDecision.ADMITTED)),
                enroll(StudyStream.PROFESSIONAL, TrainingScheme.INITIAL));

        assertRefused(decision, "enrollment-requires-admission", RejectionKind.CONFLICT);
    }

    @Test
    void refusesASecondEnrollment() {
        var decision = DECIDER.decide(
                Optional.of(Applicants.enrolled()), enroll(StudyStream.RESEARCH, TrainingScheme.INITIAL));

        assertRefused(decision, "student-already-enrolled", RejectionKind.CONFLICT);
    }

    @Test
    void refusesAStreamTheProgrammeDoesNotOffer() {
        var admittedToIsi = Applicants.admitted(aSubmission().programme("M2-ISI"));

        var decision = DECIDER.decide(Optional.of(admittedToIsi), enroll(StudyStream.RESEARCH, TrainingScheme.INITIAL));

        assertRefused(decision, "stream-not-offered", RejectionKind.RULE_BROKEN);
    }

    @Test
    void refusesASchemeTheProgrammeDoesNotOffer() {
        var admittedToIsi = Applicants.admitted(aSubmission().programme("M2-ISI"));

        var decision = DECIDER.decide(
                Optional.of(admittedToIsi), enroll(StudyStream.PROFESSIONAL, TrainingScheme.APPRENTICESHIP));

        assertRefused(decision, "scheme-not-offered", RejectionKind.RULE_BROKEN);
    }

    @Test
    void refusesEnrollmentOfAWithdrawnApplicant() {
        var decision = DECIDER.decide(
                Optional.of(Applicants.withdrawn()), enroll(StudyStream.PROFESSIONAL, TrainingScheme.INITIAL));

        assertRefused(decision, "application-withdrawn", RejectionKind.CONFLICT);
    }

    @Test
    void refusesEnrollmentOfAStudentWhoNeverApplied() {
        var decision = DECIDER.decide(Optional.empty(), enroll(StudyStream.PROFESSIONAL, TrainingScheme.INITIAL));

        assertRefused(decision, "application-not-found", RejectionKind.NOT_FOUND);
    }

    @Test
    void refusesToEnrollInAYearThatIsNoLongerOpenBecauseNoOtherServiceWouldServeIt() {
        var nextYearOnly = new ApplicationDecider(Programmes.catalogWithOpenYears(Programmes.NEXT_YEAR));

        var decision = nextYearOnly.decide(
                Optional.of(Applicants.admitted()), enroll(StudyStream.RESEARCH, TrainingScheme.INITIAL));

        assertRefused(decision, "academic-year-not-open", RejectionKind.RULE_BROKEN);
    }
}
