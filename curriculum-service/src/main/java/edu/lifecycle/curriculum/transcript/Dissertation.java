package edu.lifecycle.curriculum.transcript;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The professional dissertation from submission to its defense.
 *
 * @param defense the latest scheduled defense
 * @param awaitingDefense a defense is scheduled and its result not yet recorded
 * @param mark the latest defense's mark
 * @param failedDefenses how many defenses were failed: a failed defense may be rescheduled once
 */
public record Dissertation(
        String title,
        String supervisor,
        Instant submittedAt,
        Optional<Defense> defense,
        boolean awaitingDefense,
        Optional<BigDecimal> mark,
        boolean passed,
        int failedDefenses) {

    /** A second defense after a failed first one, and no more. */
    static final int MAXIMUM_DEFENSES = 2;

    public Dissertation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(defense, "defense");
        Objects.requireNonNull(mark, "mark");
    }

    static Dissertation submitted(String title, String supervisor, Instant at) {
        return new Dissertation(title, supervisor, at, Optional.empty(), false, Optional.empty(), false, 0);
    }

    Dissertation scheduled(Defense next) {
        return new Dissertation(title, supervisor, submittedAt, Optional.of(next), true, mark, passed, failedDefenses);
    }

    Dissertation defended(BigDecimal result, boolean success) {
        return new Dissertation(
                title,
                supervisor,
                submittedAt,
                defense,
                false,
                Optional.of(result),
                success,
                success ? failedDefenses : failedDefenses + 1);
    }
}
