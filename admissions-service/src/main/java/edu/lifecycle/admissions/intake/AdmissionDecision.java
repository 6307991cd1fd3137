package edu.lifecycle.admissions.intake;

/** The outcome of selection: ADMITTED may enroll, WAITLISTED waits for a freed seat, REJECTED is final. */
public enum AdmissionDecision {
    ADMITTED,
    WAITLISTED,
    REJECTED
}
