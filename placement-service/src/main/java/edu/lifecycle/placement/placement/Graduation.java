package edu.lifecycle.placement.placement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The degree as placement knows it, and the graduate's first position once recorded.
 *
 * @param awardedAt when curriculum awarded the degree
 */
public record Graduation(
        String programmeId, String academicYear, Instant awardedAt, Optional<GraduateOutcome> outcome) {

    public Graduation {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(academicYear, "academicYear");
        Objects.requireNonNull(awardedAt, "awardedAt");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @param competitionPassed the public-service competition passed for the position, if any */
    public record GraduateOutcome(
            Sector sector,
            String organisation,
            String jobTitle,
            Optional<String> competitionPassed,
            int monthsAfterGraduation,
            Instant recordedAt) {}
}
