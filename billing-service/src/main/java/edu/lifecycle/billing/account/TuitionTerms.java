package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a programme charges and when (reference data): the fee, the deposit due on registration, when the instalments
 * of each academic year fall due, the cash-plan discount and the grace period before an unpaid line is overdue.
 *
 * @param cashDiscount a fraction: 0.05 is 5 % off
 * @param gracePeriod how long after its due date a line may stay unpaid before it is overdue; also the least time a
 *     student registering late has before an instalment falls due
 */
public record TuitionTerms(
        String programme,
        BigDecimal fee,
        BigDecimal deposit,
        InstalmentPlan instalments,
        BigDecimal cashDiscount,
        Period gracePeriod) {

    public TuitionTerms {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(instalments, "instalments");
        fee = Money.round(fee);
        deposit = Money.round(deposit);
        Objects.requireNonNull(cashDiscount, "cashDiscount");
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        if (fee.signum() <= 0) {
            throw new IllegalArgumentException("The fee of " + programme + " must be positive");
        }
        if (deposit.signum() < 0 || deposit.compareTo(fee) > 0) {
            throw new IllegalArgumentException("The deposit of " + programme + " exceeds its fee or is negative");
        }
        if (cashDiscount.signum() < 0 || cashDiscount.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("The cash discount of " + programme + " must be a fraction below 1");
        }
    }

    /** The instalments' reference due dates in {@code academicYear}, in order; empty when the year is not covered. */
    public Optional<List<LocalDate>> instalmentDatesOf(String academicYear) {
        return instalments.dueDatesOf(academicYear);
    }

    /** The whole tuition when paid at once: fee × (1 − discount), to the cent. */
    public BigDecimal cashPrice() {
        return Money.round(fee.multiply(BigDecimal.ONE.subtract(cashDiscount)));
    }
}
