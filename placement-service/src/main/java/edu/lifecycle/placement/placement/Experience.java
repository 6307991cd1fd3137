package edu.lifecycle.placement.placement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * The one rule of how validated experience counts against a programme's requirement: each validated placement's
 * months add up, and the requirement is met once their sum reaches it. The aggregate decides with it and the
 * programme-year read models show with it, so both always agree.
 *
 * @param validatedMonths the sum of the validated placements' months
 * @param requiredMonths the requirement the record opened with
 */
public record Experience(BigDecimal validatedMonths, BigDecimal requiredMonths) {

    public Experience {
        validatedMonths = Months.of(Objects.requireNonNull(validatedMonths, "validatedMonths"));
        requiredMonths = Months.of(Objects.requireNonNull(requiredMonths, "requiredMonths"));
    }

    /** The experience of placements validated for {@code months} each, against {@code requiredMonths}. */
    public static Experience of(Collection<BigDecimal> months, BigDecimal requiredMonths) {
        return new Experience(total(months), requiredMonths);
    }

    /** Validated months add up, whatever kind of placement they come from. */
    public static BigDecimal total(Collection<BigDecimal> months) {
        return months.stream().reduce(Months.ZERO, BigDecimal::add);
    }

    public boolean met() {
        return validatedMonths.compareTo(requiredMonths) >= 0;
    }

    /** What is still to be validated: nothing once the requirement is met. */
    public BigDecimal monthsMissing() {
        return met() ? Months.ZERO : requiredMonths.subtract(validatedMonths);
    }
}
