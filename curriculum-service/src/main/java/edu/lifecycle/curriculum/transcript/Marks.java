package edu.lifecycle.curriculum.transcript;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Marks out of 20 with at most two decimals, and the one place where averages are rounded: HALF_UP to two decimals,
 * as the {@code decimal(4,2)} of the public events.
 */
public final class Marks {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    static final BigDecimal MAXIMUM = BigDecimal.valueOf(20);

    private Marks() {}

    static boolean outOfRange(BigDecimal mark) {
        return mark.signum() < 0 || mark.compareTo(MAXIMUM) > 0;
    }

    static boolean tooPrecise(BigDecimal mark) {
        return mark.stripTrailingZeros().scale() > SCALE;
    }

    /** A valid mark with exactly two decimals. */
    static BigDecimal exact(BigDecimal mark) {
        return mark.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** {@code weightedSum / weight}, rounded once, HALF_UP to two decimals. */
    public static BigDecimal average(BigDecimal weightedSum, int weight) {
        return weightedSum.divide(BigDecimal.valueOf(weight), SCALE, ROUNDING);
    }
}
