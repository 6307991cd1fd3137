package edu.lifecycle.servicekit.decision;

/** The sorts of refusal, each answered with its own HTTP status. */
public enum RejectionKind {
    /** The command does not fit the current state (409 Conflict). */
    CONFLICT,
    /** The command breaks a business rule (422 Unprocessable Content). */
    RULE_BROKEN,
    /** The command names something that does not exist (404 Not Found). */
    NOT_FOUND
}
