package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Euros, exactly: every amount of billing has two decimals, and the one rounding rule of the service (to the cent,
 * half-up) is stated here and nowhere else.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {}

    public static BigDecimal of(String amount) {
        return round(new BigDecimal(amount));
    }

    /** To the cent, half-up: the service's only rounding. */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(ZERO, BigDecimal::add).setScale(SCALE, ROUNDING);
    }

    public static BigDecimal max(BigDecimal amount, BigDecimal other) {
        return amount.compareTo(other) >= 0 ? amount : other;
    }

    public static boolean positive(BigDecimal amount) {
        return amount.signum() > 0;
    }
}
