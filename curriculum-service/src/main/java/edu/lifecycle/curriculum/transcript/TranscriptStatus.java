package edu.lifecycle.curriculum.transcript;

/** Where a transcript stands. */
public enum TranscriptStatus {
    /** A degree condition arrived from another service before the enrollment did: only facts are kept. */
    AWAITING_ENROLLMENT,
    OPEN,
    /** Closed after a withdrawal: nothing more is recorded on it. */
    CLOSED,
    GRADUATED
}
