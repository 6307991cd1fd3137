package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One amount falling due on one date. What was paid on it is kept per payer, because a work-study contract
 * reimburses the student's part and leaves the employer's.
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
        boolean cancelled) {

    public ScheduleLine {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        amount = Money.round(amount);
        paidByStudent = paidByStudent == null ? Money.ZERO : Money.round(paidByStudent);
        paidByEmployer = paidByEmployer == null ? Money.ZERO : Money.round(paidByEmployer);
    }

    static ScheduleLine due(String lineId, LineKind kind, int sequence, BigDecimal amount, LocalDate dueOn) {
        return new ScheduleLine(lineId, kind, sequence, amount, dueOn, Money.ZERO, Money.ZERO, false, false);
    }

    public BigDecimal paid() {
        return paidByStudent.add(paidByEmployer);
    }

    /** What is still owed on the line; nothing once it is cancelled. */
    public BigDecimal outstanding() {
        return cancelled ? Money.ZERO : Money.max(amount.subtract(paid()), Money.ZERO);
    }

    public LineStatus status() {
        if (cancelled) {
            return LineStatus.CANCELLED;
        }
        if (outstanding().signum() == 0) {
            return LineStatus.PAID;
        }
        return overdue ? LineStatus.OVERDUE : LineStatus.DUE;
    }

    ScheduleLine pay(Payer payer, BigDecimal part) {
        return payer == Payer.STUDENT
                ? new ScheduleLine(
                        lineId,
                        kind,
                        sequence,
                        amount,
                        dueOn,
                        paidByStudent.add(part),
                        paidByEmployer,
                        overdue,
                        cancelled)
                : new ScheduleLine(
                        lineId,
                        kind,
                        sequence,
                        amount,
                        dueOn,
                        paidByStudent,
                        paidByEmployer.add(part),
                        overdue,
                        cancelled);
    }

    ScheduleLine markOverdue() {
        return new ScheduleLine(lineId, kind, sequence, amount, dueOn, paidByStudent, paidByEmployer, true, cancelled);
    }

    ScheduleLine cancel() {
        return new ScheduleLine(lineId, kind, sequence, amount, dueOn, paidByStudent, paidByEmployer, overdue, true);
    }

    ScheduleLine withoutStudentPayments() {
        return new ScheduleLine(lineId, kind, sequence, amount, dueOn, Money.ZERO, paidByEmployer, overdue, cancelled);
    }
}
