package edu.lifecycle.billing.receivables;

import edu.lifecycle.billing.account.Money;
import java.math.BigDecimal;

/** What a programme year's students were billed, paid, still owe and were reimbursed; employers' invoices too. */
public record Receivables(
        String programme,
        String academicYear,
        int accounts,
        BigDecimal billed,
        BigDecimal collected,
        BigDecimal outstanding,
        BigDecimal overdue,
        BigDecimal reimbursed,
        BigDecimal employerInvoiced) {

    public static Receivables empty(Cohort cohort) {
        return new Receivables(
                cohort.programme(),
                cohort.academicYear(),
                0,
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                Money.ZERO,
                Money.ZERO);
    }

    /** The totals once a student's share moves from {@code before} (none when {@code null}) to {@code after}. */
    public Receivables replacing(StudentReceivables before, StudentReceivables after) {
        var changed = new Receivables(
                programme,
                academicYear,
                accounts + 1,
                billed.add(after.billed()),
                collected.add(after.collected()),
                outstanding.add(after.outstanding()),
                overdue.add(after.overdue()),
                reimbursed.add(after.reimbursed()),
                employerInvoiced.add(after.employerInvoiced()));
        if (before == null) {
            return changed;
        }
        return new Receivables(
                programme,
                academicYear,
                changed.accounts - 1,
                changed.billed.subtract(before.billed()),
                changed.collected.subtract(before.collected()),
                changed.outstanding.subtract(before.outstanding()),
                changed.overdue.subtract(before.overdue()),
                changed.reimbursed.subtract(before.reimbursed()),
                changed.employerInvoiced.subtract(before.employerInvoiced()));
    }
}
