package edu.lifecycle.placement.placement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one rule for counting months of professional experience, as the schemas' {@code decimal(4,2)}: the whole
 * months from the first day, plus the remaining days as a share of the month-long period that follows them, rounded
 * half-up to two places. Both days count: 1 March to 31 August is 6.00 months, 1 March to 15 July 4.48.
 */
public final class Months {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Months() {}

    /**
     * @throws IllegalArgumentException if {@code lastDay} comes before {@code firstDay}
     */
    public static BigDecimal between(LocalDate firstDay, LocalDate lastDay) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException(lastDay + " comes before " + firstDay);
        }
        LocalDate endExclusive = lastDay.plusDays(1);
        long whole = ChronoUnit.MONTHS.between(firstDay, endExclusive);
        // From the first day, not month by month: 31 January plus one month is 28 February, plus two is 31 March.
        LocalDate partialFrom = firstDay.plusMonths(whole);
        LocalDate partialMonthEnd = firstDay.plusMonths(whole + 1);
        long days = ChronoUnit.DAYS.between(partialFrom, endExclusive);
        long monthLength = ChronoUnit.DAYS.between(partialFrom, partialMonthEnd);
        BigDecimal fraction = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(monthLength), SCALE, ROUNDING);
        return BigDecimal.valueOf(whole).add(fraction).setScale(SCALE, ROUNDING);
    }

    /** A number of months as configured or sent, at the rule's scale. */
    public static BigDecimal of(BigDecimal months) {
        return months.setScale(SCALE, ROUNDING);
    }
}
