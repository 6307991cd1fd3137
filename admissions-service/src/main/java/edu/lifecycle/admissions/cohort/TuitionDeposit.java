package edu.lifecycle.admissions.cohort;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether the deposit is paid, from billing's own numbers: the DEPOSIT line of the schedule, and what payments
 * allocated to each line. Allocations are kept per line, so that the answer does not depend on which of the account
 * and a payment was read first. When the cash plan replaced a deposit not yet paid, the cash line carries it: the
 * deposit is paid once what went to the deposit line and to the cash line covers it, so a student who paid
 * everything by cash plan has paid the deposit.
 *
 * @param lineId the DEPOSIT schedule line, {@code null} until the account opens
 * @param amount what the deposit line asks for
 * @param allocatedByLine the sum allocated to each schedule line so far
 * @param cashLineId the CASH line that replaced the deposit line, {@code null} when none did
 */
public record TuitionDeposit(
        String lineId, BigDecimal amount, Map<String, BigDecimal> allocatedByLine, String cashLineId) {

    public TuitionDeposit {
        allocatedByLine = allocatedByLine == null ? Map.of() : Map.copyOf(allocatedByLine);
    }

    public static TuitionDeposit unknown() {
        return new TuitionDeposit(null, null, Map.of(), null);
    }

    public TuitionDeposit opened(String depositLineId, BigDecimal depositAmount) {
        return new TuitionDeposit(depositLineId, depositAmount, allocatedByLine, cashLineId);
    }

    public TuitionDeposit allocated(Map<String, BigDecimal> allocations) {
        var sums = new TreeMap<>(allocatedByLine);
        allocations.forEach((line, amount) -> sums.merge(line, amount, BigDecimal::add));
        return new TuitionDeposit(lineId, amount, sums, cashLineId);
    }

    /** The cash plan replaced {@code replacedLineIds} by {@code cashLine}; it matters only if the deposit was one. */
    public TuitionDeposit replacedBy(String cashLine, List<String> replacedLineIds) {
        return lineId != null && replacedLineIds.contains(lineId)
                ? new TuitionDeposit(lineId, amount, allocatedByLine, cashLine)
                : this;
    }

    public boolean paid() {
        if (lineId == null) {
            return false;
        }
        var covered = allocatedByLine.getOrDefault(lineId, BigDecimal.ZERO);
        if (cashLineId != null) {
            covered = covered.add(allocatedByLine.getOrDefault(cashLineId, BigDecimal.ZERO));
        }
        return covered.compareTo(amount) >= 0;
    }
}
