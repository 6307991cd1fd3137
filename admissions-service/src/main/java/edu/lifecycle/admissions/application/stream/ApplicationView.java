package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.application.ApplicationStatus;
import edu.lifecycle.admissions.application.ExamMarks;
import edu.lifecycle.admissions.application.ExamResult;
import edu.lifecycle.admissions.application.IneligibilityReason;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as admissions staff see it: its full status and every step so far. Name and e-mail appear in the
 * answer to {@code GET /api/v1/applications/{id}} and nowhere in public events or command outcomes; after erasure
 * they are gone.
 *
 * @param exam both entrance-exam marks and their average, each out of 20; {@code null} until graded
 */
public record ApplicationView(
        String studentId,
        ApplicationStatus status,
        String programme,
        String academicYear,
        Applicant applicant,
        boolean personalDataErased,
        Degree priorDegree,
        StudyStream preferredStream,
        TrainingScheme preferredScheme,
        Instant submittedAt,
        EligibilityView eligibility,
        ExamResult exam,
        AdmissionView admission,
        EnrollmentView enrollment,
        WithdrawalView withdrawal,
        Instant lastChangedAt) {

    /** The application with the applicant's identity, for admissions' own queries. */
    public static ApplicationView of(Application application) {
        return of(application, true);
    }

    /**
     * The application without name and e-mail: what a command's outcome carries. Outcomes are kept in Kafka, where
     * an erasure cannot reach them, so they never hold personal data; the identity is read from the store.
     */
    public static ApplicationView withoutIdentity(Application application) {
        return of(application, false);
    }

    private static ApplicationView of(Application application, boolean withIdentity) {
        var submission = application.submission();
        var degree = submission.priorDegree();
        var selection = application.selection();
        var registration = application.registration();
        return new ApplicationView(
                application.studentId(),
                application.status(),
                submission.programmeId(),
                submission.academicYear().toString(),
                application
                        .applicant()
                        .filter(profile -> withIdentity)
                        .map(profile -> new Applicant(profile.fullName(), profile.email()))
                        .orElse(null),
                application.personalDataErased(),
                new Degree(degree.title(), degree.institution(), degree.country(), degree.ects()),
                submission.preferredStream(),
                submission.preferredScheme(),
                submission.submittedAt(),
                selection
                        .eligibility()
                        .map(eligibility -> new EligibilityView(
                                eligibility.eligible(),
                                eligibility.assessedReasons(),
                                eligibility.requiredEcts(),
                                eligibility.override().isPresent(),
                                eligibility
                                        .override()
                                        .map(override -> override.reason())
                                        .orElse(null)))
                        .orElse(null),
                selection.exam().map(ExamMarks::result).orElse(null),
                selection
                        .admission()
                        .map(outcome -> new AdmissionView(
                                outcome.decision(),
                                outcome.reason().orElse(null),
                                outcome.decidedAt(),
                                outcome.promotedAt().orElse(null)))
                        .orElse(null),
                registration
                        .enrollment()
                        .map(enrollment ->
                                new EnrollmentView(enrollment.stream(), enrollment.scheme(), enrollment.registeredOn()))
                        .orElse(null),
                registration
                        .withdrawal()
                        .map(withdrawal -> new WithdrawalView(withdrawal.reason(), withdrawal.withdrawnAt()))
                        .orElse(null),
                application.lastChangedAt());
    }

    public record Applicant(String fullName, String email) {}

    public record Degree(String title, String institution, String country, int ects) {}

    public record EligibilityView(
            boolean eligible,
            List<IneligibilityReason> reasons,
            int requiredEcts,
            boolean overridden,
            String overrideReason) {}

    public record AdmissionView(AdmissionDecision decision, String reason, Instant decidedAt, Instant promotedAt) {}

    public record EnrollmentView(StudyStream stream, TrainingScheme scheme, LocalDate registeredOn) {}

    public record WithdrawalView(String reason, Instant withdrawnAt) {}
}
