package edu.lifecycle.admissions.application.stream;

import edu.lifecycle.admissions.application.AdmissionOutcome;
import edu.lifecycle.admissions.application.AdmissionRequest;
import edu.lifecycle.admissions.application.ApplicantProfile;
import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.application.ApplicationStatus;
import edu.lifecycle.admissions.application.Eligibility;
import edu.lifecycle.admissions.application.Enrollment;
import edu.lifecycle.admissions.application.ExamMarks;
import edu.lifecycle.admissions.application.Registration;
import edu.lifecycle.admissions.application.Selection;
import edu.lifecycle.admissions.application.Submission;
import edu.lifecycle.admissions.application.Withdrawal;
import java.time.Instant;
import java.util.Optional;

/**
 * An {@link Application} as the store {@code application-state} and its changelog hold it: one flat record, in binary
 * against its committed schema since ADR 16. Its components' names are the fields of the flat JSON object the earlier
 * releases wrote (before the selection and registration were grouped, and before the binary form), so a store written
 * by them is read as it is. The applicant's name and e-mail are sealed in it ({@link ApplicantProfile} marks them
 * personal).
 */
record StoredApplication(
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

    static StoredApplication of(Application application) {
        var selection = application.selection();
        var registration = application.registration();
        return new StoredApplication(
                application.studentId(),
                application.submission(),
                application.applicant(),
                application.status(),
                selection.eligibility(),
                selection.exam(),
                selection.admissionRequest(),
                selection.admission(),
                registration.enrollment(),
                registration.withdrawal(),
                application.lastChangedAt());
    }

    Application toApplication() {
        return new Application(
                studentId,
                submission,
                applicant,
                status,
                new Selection(eligibility, exam, admissionRequest, admission),
                new Registration(enrollment, withdrawal),
                lastChangedAt);
    }

    /**
     * The {@code "withdrawn"} of the earlier releases' JSON (Jackson took the domain's {@code isWithdrawn()} for a
     * property), which is still read; never read from it, and not in the binary form (only components are).
     */
    public boolean isWithdrawn() {
        return status == ApplicationStatus.WITHDRAWN;
    }
}
