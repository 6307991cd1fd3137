package edu.lifecycle.admissions.application;

import java.util.Objects;
import java.util.Optional;

/**
 * How the applicant was selected, step by step: the eligibility verdict, the entrance exam, the jury's request and the
 * intake's final decision. Each step is empty until it happens; each {@code with…} sets one step and keeps the rest.
 */
public record Selection(
        Optional<Eligibility> eligibility,
        Optional<ExamMarks> exam,
        Optional<AdmissionRequest> admissionRequest,
        Optional<AdmissionOutcome> admission) {

    /** A file just submitted: nothing assessed, graded or decided yet. */
    public static final Selection NOT_STARTED =
            new Selection(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Selection {
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(admissionRequest, "admissionRequest");
        Objects.requireNonNull(admission, "admission");
    }

    Selection withEligibility(Eligibility verdict) {
        return new Selection(Optional.of(verdict), exam, admissionRequest, admission);
    }

    Selection withExam(ExamMarks marks) {
        return new Selection(eligibility, Optional.of(marks), admissionRequest, admission);
    }

    Selection withAdmissionRequest(AdmissionRequest request) {
        return new Selection(eligibility, exam, Optional.of(request), admission);
    }

    Selection withAdmission(AdmissionOutcome outcome) {
        return new Selection(eligibility, exam, admissionRequest, Optional.of(outcome));
    }
}
