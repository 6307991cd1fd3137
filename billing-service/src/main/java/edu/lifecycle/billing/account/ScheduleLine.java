package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One amount falling due on one date. What was paid on it is kept per payer, because a work-study contract
 * reimburses the student's part and leaves the employer's.
 *
 * @param overdue the line was found unpaid after its due date and the grace period
 * @param fellDueOn once overdue, the day it fell due for its payer, as {@code InstalmentOverdue} said: its due date,
 *     or for an employer who took the tuition over later, the day the employer was invoiced
 * @param cancelled no longer owed after a withdrawal; its payments were taken off it (they became credit)
 * @param replaced folded into the cash line; its payments stay on it, as part of the cash price
 */
public record ScheduleLine(
        String lineId,
        LineKind kind,
        int sequence,
        BigDecimal amount,
        LocalDate dueOn,
        BigDecimal paidByStudent,
        BigDecimal paidByEmployer,
        boolean overdue,
        LocalDate fellDueOn,
        boolean cancelled,
        boolean replaced) {

    public ScheduleLine {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        amount = Money.round(amount);
        paidByStudent = paidByStudent == null ? Money.ZERO : Money.round(paidByStudent);
        paidByEmployer = paidByEmployer == null ? Money.ZERO : Money.round(paidByEmployer);
        fellDueOn = overdue && fellDueOn == null ? dueOn : fellDueOn;
    }

    public static ScheduleLine due(String lineId, LineKind kind, int sequence, BigDecimal amount, LocalDate dueOn) {
        return new ScheduleLine(
                lineId, kind, sequence, amount, dueOn, Money.ZERO, Money.ZERO, false, null, false, false);
    }

    public BigDecimal paid() {
        return paidByStudent.add(paidByEmployer);
    }

    public BigDecimal paidBy(Payer payer) {
        return payer == Payer.STUDENT ? paidByStudent : paidByEmployer;
    }

    /** Still part of the schedule: neither cancelled nor replaced by the cash line. */
    public boolean live() {
        return !cancelled && !replaced;
    }

    /** What is still owed on the line; nothing once it is cancelled or replaced. */
    public BigDecimal outstanding() {
        return live() ? Money.max(amount.subtract(paid()), Money.ZERO) : Money.ZERO;
    }

    public LineStatus status() {
        if (cancelled) {
            return LineStatus.CANCELLED;
        }
        if (replaced) {
            return LineStatus.REPLACED;
        }
        if (outstanding().signum() == 0) {
            return LineStatus.PAID;
        }
        return overdue ? LineStatus.OVERDUE : LineStatus.DUE;
    }

    ScheduleLine pay(Payer payer, BigDecimal part) {
        return payer == Payer.STUDENT
                ? with(paidByStudent.add(part), paidByEmployer, overdue, fellDueOn, cancelled, replaced)
                : with(paidByStudent, paidByEmployer.add(part), overdue, fellDueOn, cancelled, replaced);
    }

    ScheduleLine markOverdue(LocalDate fellDue) {
        return with(paidByStudent, paidByEmployer, true, fellDue, cancelled, replaced);
    }

    /** A new payer starts with a clean slate: it was never late on this line. */
    ScheduleLine notOverdue() {
        return with(paidByStudent, paidByEmployer, false, null, cancelled, replaced);
    }

    ScheduleLine cancel() {
        return with(Money.ZERO, Money.ZERO, false, null, true, replaced);
    }

    ScheduleLine replace() {
        return with(paidByStudent, paidByEmployer, overdue, fellDueOn, cancelled, true);
    }

    ScheduleLine reinstate() {
        return with(paidByStudent, paidByEmployer, false, null, cancelled, false);
    }

    ScheduleLine withoutPayments() {
        return with(Money.ZERO, Money.ZERO, overdue, fellDueOn, cancelled, replaced);
    }

    private ScheduleLine with(
            BigDecimal student,
            BigDecimal employer,
            boolean isOverdue,
            LocalDate fellDue,
            boolean isCancelled,
            boolean isReplaced) {
        return new ScheduleLine(
                lineId, kind, sequence, amount, dueOn, student, employer, isOverdue, fellDue, isCancelled, isReplaced);
    }
}
