package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a programme charges and when (reference data): the fee, the deposit due on registration, the instalment due
 * dates of each academic year, the cash-plan discount and the grace period before an unpaid line is overdue.
 *
 * @param cashDiscount a fraction: 0.05 is 5 % off
 */
public record TuitionTerms(
        String programme,
        BigDecimal fee,
        BigDecimal deposit,
        Map<String, List<LocalDate>> instalmentDates,
        BigDecimal cashDiscount,
        Period gracePeriod) {

    public TuitionTerms {
        Objects.requireNonNull(programme, "programme");
        fee = Money.round(fee);
        deposit = Money.round(deposit);
        instalmentDates = Map.copyOf(instalmentDates);
        Objects.requireNonNull(cashDiscount, "cashDiscount");
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        if (deposit.compareTo(fee) > 0) {
            throw new IllegalArgumentException("The deposit of " + programme + " exceeds its fee");
        }
        if (cashDiscount.signum() < 0 || cashDiscount.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("The cash discount of " + programme + " must be a fraction below 1");
        }
    }

    public Optional<List<LocalDate>> instalmentDatesOf(String academicYear) {
        return Optional.ofNullable(instalmentDates.get(academicYear)).filter(dates -> !dates.isEmpty());
    }

    /** The whole tuition when paid at once: fee × (1 − discount), to the cent. */
    public BigDecimal cashPrice() {
        return Money.round(fee.multiply(BigDecimal.ONE.subtract(cashDiscount)));
    }
}
