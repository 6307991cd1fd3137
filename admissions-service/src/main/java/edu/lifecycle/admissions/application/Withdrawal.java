package edu.lifecycle.admissions.application;

import java.time.Instant;
import java.util.Objects;

/** @param withdrawnFrom the status the application had, for the funnel's "withdrawn after …" counts */
public record Withdrawal(String reason, Instant withdrawnAt, ApplicationStatus withdrawnFrom) {

    public Withdrawal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        Objects.requireNonNull(withdrawnFrom, "withdrawnFrom");
    }
}
