package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.intake.AdmissionDecision;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The final decision as the intake made it. A later promotion does not rewrite it (it stays WAITLISTED, with the
 * time of promotion), so the funnel can tell applicants admitted at once from those admitted off the waitlist.
 */
public record AdmissionOutcome(
        AdmissionDecision decision, Optional<String> reason, Instant decidedAt, Optional<Instant> promotedAt) {

    public AdmissionOutcome {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(promotedAt, "promotedAt");
    }

    AdmissionOutcome promotedAt(Instant at) {
        return new AdmissionOutcome(decision, reason, decidedAt, Optional.of(at));
    }
}
