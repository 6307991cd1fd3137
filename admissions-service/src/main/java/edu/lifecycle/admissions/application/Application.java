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
 * <p>Each event changes one small part: the applicant's identity, a step of the {@link Selection} or of the
 * {@link Registration}, with the status and the time; every step below rebuilds only the part it changes.
 *
 * @param applicant the person's identity; empty once erased
 * @param lastChangedAt when the latest event happened
 */
public record Application(
        String studentId,
        Submission submission,
        Optional<ApplicantProfile> applicant,
        ApplicationStatus status,
        Selection selection,
        Registration registration,
        Instant lastChangedAt) {

    public Application {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(registration, "registration");
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
                Selection.NOT_STARTED,
                Registration.NONE,
                event.occurredAt());
    }

    Application assessed(EligibilityAssessed event) {
        var verdict = new Eligibility(
                event.eligible(), event.reasons(), event.requiredEcts(), event.occurredAt(), Optional.empty());
        return withSelection(
                selection.withEligibility(verdict), eligibilityStatus(event.eligible()), event.occurredAt());
    }

    Application overridden(EligibilityOverridden event) {
        var override = new Eligibility.OfficerOverride(event.reason(), event.overriddenBy(), event.occurredAt());
        var verdict = selection.eligibility().orElseThrow().overriddenBy(override, event.eligible());
        return withSelection(
                selection.withEligibility(verdict), eligibilityStatus(event.eligible()), event.occurredAt());
    }

    Application graded(EntranceExamGraded event) {
        var marks = new ExamMarks(event.writtenMark(), event.interviewMark(), event.occurredAt());
        return withSelection(selection.withExam(marks), ApplicationStatus.GRADED, event.occurredAt());
    }

    Application awaitingDecision(AdmissionDecisionRequested event) {
        var request = new AdmissionRequest(event.requested(), event.reason(), event.occurredAt());
        return withSelection(
                selection.withAdmissionRequest(request), ApplicationStatus.AWAITING_DECISION, event.occurredAt());
    }

    Application decided(AdmissionDecided event) {
        var outcome = new AdmissionOutcome(event.decision(), event.reason(), event.occurredAt(), Optional.empty());
        return withSelection(
                selection.withAdmission(outcome), ApplicationStatus.of(event.decision()), event.occurredAt());
    }

    Application promoted(WaitlistedApplicantPromoted event) {
        // The intake's first answer stays WAITLISTED, with the time of the promotion (see AdmissionOutcome).
        var promotion = selection
                .admission()
                .map(outcome -> selection.withAdmission(outcome.promotedAt(event.occurredAt())))
                .orElse(selection);
        return withSelection(promotion, ApplicationStatus.ADMITTED, event.occurredAt());
    }

    Application enrolled(StudentEnrolled event) {
        var enrollment = new Enrollment(event.stream(), event.scheme(), event.registeredOn(), event.occurredAt());
        return withRegistration(
                registration.withEnrollment(enrollment), ApplicationStatus.ENROLLED, event.occurredAt());
    }

    Application withdrawn(EnrollmentWithdrawn event) {
        var leaving = new Withdrawal(event.reason(), event.occurredAt(), status);
        return withRegistration(registration.withWithdrawal(leaving), ApplicationStatus.WITHDRAWN, event.occurredAt());
    }

    Application rectified(ApplicationEvent.PersonalDataRectified event) {
        return withApplicant(Optional.of(event.applicant()), event.occurredAt());
    }

    Application erased(Instant at) {
        return withApplicant(Optional.empty(), at);
    }

    private Application withSelection(Selection changed, ApplicationStatus now, Instant at) {
        return new Application(studentId, submission, applicant, now, changed, registration, at);
    }

    private Application withRegistration(Registration changed, ApplicationStatus now, Instant at) {
        return new Application(studentId, submission, applicant, now, selection, changed, at);
    }

    /** A change of identity only: the file's status stays as it is. */
    private Application withApplicant(Optional<ApplicantProfile> identity, Instant at) {
        return new Application(studentId, submission, identity, status, selection, registration, at);
    }

    private static ApplicationStatus eligibilityStatus(boolean eligible) {
        return eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
    }
}
