package edu.lifecycle.curriculum.graduation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The degree as the checklist shows it once awarded: its mention, the ECTS-weighted average and when. */
public record AwardedDegree(String mention, BigDecimal average, Instant awardedAt) {

    public AwardedDegree {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(awardedAt, "awardedAt");
    }
}
