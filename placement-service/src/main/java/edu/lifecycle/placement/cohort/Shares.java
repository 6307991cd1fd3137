package edu.lifecycle.placement.cohort;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rule for the shares the read models show: a percentage with two places, rounded half-up. */
public final class Shares {

    private Shares() {}

    /** {@code part} out of {@code whole} as a percentage, e.g. 33.33; 0.00 of nobody. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
