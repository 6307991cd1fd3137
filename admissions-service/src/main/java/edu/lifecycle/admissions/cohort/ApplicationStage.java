package edu.lifecycle.admissions.cohort;

/**
 * A step of an application as its public events tell it: the status shown in the pipeline, and a stage of the
 * funnel. Unlike the command side's status, there is no "awaiting decision": no event says so.
 */
public enum ApplicationStage {
    SUBMITTED,
    ELIGIBLE,
    INELIGIBLE,
    GRADED,
    ADMITTED,
    WAITLISTED,
    REJECTED,
    ENROLLED,
    WITHDRAWN
}
