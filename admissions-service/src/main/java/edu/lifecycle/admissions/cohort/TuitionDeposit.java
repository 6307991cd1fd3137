package edu.lifecycle.admissions.cohort;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether the deposit is paid, from billing's own numbers: the DEPOSIT line of the schedule, and what payments
 * allocated to each line. Allocations are kept per line, so that the answer does not depend on which of the account
 * and a payment was read first.
 *
 * @param lineId the DEPOSIT schedule line, {@code null} until the account opens
 * @param amount what the deposit line asks for
 * @param allocatedByLine the sum allocated to each schedule line so far
 */
public record TuitionDeposit(String lineId, BigDecimal amount, Map<String, BigDecimal> allocatedByLine) {

    public TuitionDeposit {
        allocatedByLine = allocatedByLine == null ? Map.of() : Map.copyOf(allocatedByLine);
    }

    public static TuitionDeposit unknown() {
        return new TuitionDeposit(null, null, Map.of());
    }

    public TuitionDeposit opened(String depositLineId, BigDecimal depositAmount) {
        return new TuitionDeposit(depositLineId, depositAmount, allocatedByLine);
    }

    public TuitionDeposit allocated(Map<String, BigDecimal> allocations) {
        var sums = new TreeMap<>(allocatedByLine);
        allocations.forEach((line, amount) -> sums.merge(line, amount, BigDecimal::add));
        return new TuitionDeposit(lineId, amount, sums);
    }

    public boolean paid() {
        return lineId != null
                && allocatedByLine.getOrDefault(lineId, BigDecimal.ZERO).compareTo(amount) >= 0;
    }
}
