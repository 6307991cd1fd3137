package edu.lifecycle.admissions.application;

/** A rule of the programme's reference data that an application does not meet. */
public enum IneligibilityReason {
    INSUFFICIENT_ECTS,
    STREAM_NOT_OFFERED,
    SCHEME_NOT_OFFERED
}
