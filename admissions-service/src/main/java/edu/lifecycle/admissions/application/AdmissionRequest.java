package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.intake.AdmissionDecision;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The jury's wish, awaiting the intake's final call. */
public record AdmissionRequest(AdmissionDecision requested, Optional<String> reason, Instant requestedAt) {

    public AdmissionRequest {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
