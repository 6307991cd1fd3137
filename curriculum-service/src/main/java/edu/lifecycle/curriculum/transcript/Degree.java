package edu.lifecycle.curriculum.transcript;

import edu.lifecycle.curriculum.programme.Mention;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The awarded degree: the ECTS-weighted average, its mention and the ECTS earned. */
public record Degree(BigDecimal average, Mention mention, int ectsEarned, Instant awardedAt) {

    public Degree {
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(awardedAt, "awardedAt");
    }
}
