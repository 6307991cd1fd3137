package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.application.ApplicationEvent.AdmissionDecided;
import edu.lifecycle.admissions.application.ApplicationEvent.AdmissionDecisionRequested;
import edu.lifecycle.admissions.application.ApplicationEvent.ApplicationSubmitted;
import edu.lifecycle.admissions.application.ApplicationEvent.EligibilityAssessed;
import edu.lifecycle.admissions.application.ApplicationEvent.EligibilityOverridden;
import edu.lifecycle.admissions.application.ApplicationEvent.EnrollmentWithdrawn;
import edu.lifecycle.admissions.application.ApplicationEvent.EntranceExamGraded;
import edu.lifecycle.admissions.application.ApplicationEvent.StudentEnrolled;
import edu.lifecycle.admissions.application.ApplicationEvent.WaitlistedApplicantPromoted;
import edu.lifecycle.admissions.programme.AcademicYear;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A student's application as its events made it: the aggregate's state, and all an "application by id" view shows.
 * A student who never applied has no {@code Application} (the decider takes an empty {@code Optional}).
 *
 * @param applicant the person's identity; empty once erased
 * @param lastChangedAt when the latest event happened
 */
public record Application(
        String studentId,
        Submission submission,
        Optional<ApplicantProfile> applicant,
        ApplicationStatus status,
        Optional<Eligibility> eligibility,
        Optional<ExamMarks> exam,
        Optional<AdmissionRequest> admissionRequest,
        Optional<AdmissionOutcome> admission,
        Optional<Enrollment> enrollment,
        Optional<Withdrawal> withdrawal,
        Instant lastChangedAt) {

    public Application {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(admissionRequest, "admissionRequest");
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(enrollment, "enrollment");
        Objects.requireNonNull(withdrawal, "withdrawal");
        Objects.requireNonNull(lastChangedAt, "lastChangedAt");
    }

    public String programmeId() {
        return submission.programmeId();
    }

    public AcademicYear academicYear() {
        return submission.academicYear();
    }

    public boolean isWithdrawn() {
        return status == ApplicationStatus.WITHDRAWN;
    }

    public boolean personalDataErased() {
        return applicant.isEmpty();
    }

    /** Admitted or enrolled: the applicant counts against the programme year's capacity. */
    public boolean holdsSeat() {
        return status == ApplicationStatus.ADMITTED || status == ApplicationStatus.ENROLLED;
    }

    static Application submitted(ApplicationSubmitted event) {
        var submission = new Submission(
                event.programmeId(),
                event.academicYear(),
                event.priorDegree(),
                event.preferredStream(),
                event.preferredScheme(),
                event.occurredAt());
        return new Application(
                event.studentId(),
                submission,
                Optional.of(event.applicant()),
                ApplicationStatus.SUBMITTED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                event.occurredAt());
    }

    Application assessed(EligibilityAssessed event) {
        var verdict = new Eligibility(
                event.eligible(), event.reasons(), event.requiredEcts(), event.occurredAt(), Optional.empty());
        return new Application(
                studentId,
                submission,
                applicant,
                eligibilityStatus(event.eligible()),
                Optional.of(verdict),
                exam,
                admissionRequest,
                admission,
                enrollment,
                withdrawal,
                event.occurredAt());
    }

    Application overridden(EligibilityOverridden event) {
        var override = new Eligibility.OfficerOverride(event.reason(), event.overriddenBy(), event.occurredAt());
        var verdict = eligibility.orElseThrow().overriddenBy(override, event.eligible());
        return new Application(
                studentId,
                submission,
                applicant,
                eligibilityStatus(event.eligible()),
                Optional.of(verdict),
                exam,
                admissionRequest,
                admission,
                enrollment,
                withdrawal,
                event.occurredAt());
    }

    Application graded(EntranceExamGraded event) {
        var marks = new ExamMarks(event.writtenMark(), event.interviewMark(), event.occurredAt());
        return new Application(
                studentId,
                submission,
                applicant,
                ApplicationStatus.GRADED,
                eligibility,
                Optional.of(marks),
                admissionRequest,
                admission,
                enrollment,
                withdrawal,
                event.occurredAt());
    }

    Application awaitingDecision(AdmissionDecisionRequested event) {
        var request = new AdmissionRequest(event.requested(), event.reason(), event.occurredAt());
        return new Application(
                studentId,
                submission,
                applicant,
                ApplicationStatus.AWAITING_DECISION,
                eligibility,
                exam,
                Optional.of(request),
                admission,
                enrollment,
                withdrawal,
                event.occurredAt());
    }

    Application decided(AdmissionDecided event) {
        var outcome = new AdmissionOutcome(event.decision(), event.reason(), event.occurredAt(), Optional.empty());
        return new Application(
                studentId,
                submission,
                applicant,
                ApplicationStatus.of(event.decision()),
                eligibility,
                exam,
                admissionRequest,
                Optional.of(outcome),
                enrollment,
                withdrawal,
                event.occurredAt());
    }

    Application promoted(WaitlistedApplicantPromoted event) {
        return new Application(
                studentId,
                submission,
                applicant,
                ApplicationStatus.ADMITTED,
                eligibility,
                exam,
                admissionRequest,
                admission.map(outcome -> outcome.promotedAt(event.occurredAt())),
                enrollment,
                withdrawal,
                event.occurredAt());
    }

    Application enrolled(StudentEnrolled event) {
        var registration = new Enrollment(event.stream(), event.scheme(), event.registeredOn(), event.occurredAt());
        return new Application(
                studentId,
                submission,
                applicant,
                ApplicationStatus.ENROLLED,
                eligibility,
                exam,
                admissionRequest,
                admission,
                Optional.of(registration),
                withdrawal,
                event.occurredAt());
    }

    Application withdrawn(EnrollmentWithdrawn event) {
        var leaving = new Withdrawal(event.reason(), event.occurredAt(), status);
        return new Application(
                studentId,
                submission,
                applicant,
                ApplicationStatus.WITHDRAWN,
                eligibility,
                exam,
                admissionRequest,
                admission,
                enrollment,
                Optional.of(leaving),
                event.occurredAt());
    }

    Application rectified(ApplicationEvent.PersonalDataRectified event) {
        return new Application(
                studentId,
                submission,
                Optional.of(event.applicant()),
                status,
                eligibility,
                exam,
                admissionRequest,
                admission,
                enrollment,
                withdrawal,
                event.occurredAt());
    }

    Application erased(Instant at) {
        return new Application(
                studentId,
                submission,
                Optional.empty(),
                status,
                eligibility,
                exam,
                admissionRequest,
                admission,
                enrollment,
                withdrawal,
                at);
    }

    private static ApplicationStatus eligibilityStatus(boolean eligible) {
        return eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
    }
}
