package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.intake.AdmissionDecision;

/** Where an application stands; the read models' pipeline and funnel group by it. */
public enum ApplicationStatus {
    /** Submitted, eligibility not yet assessed (only between the two events of one submission). */
    SUBMITTED,
    ELIGIBLE,
    INELIGIBLE,
    GRADED,
    /** A decision was requested; the programme-year intake makes the final call against capacity. */
    AWAITING_DECISION,
    ADMITTED,
    WAITLISTED,
    REJECTED,
    ENROLLED,
    WITHDRAWN;

    static ApplicationStatus of(AdmissionDecision decision) {
        return switch (decision) {
            case ADMITTED -> ADMITTED;
            case WAITLISTED -> WAITLISTED;
            case REJECTED -> REJECTED;
        };
    }
}
