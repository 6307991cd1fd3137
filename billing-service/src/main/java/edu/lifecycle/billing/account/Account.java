package edu.lifecycle.billing.account;

import edu.lifecycle.billing.account.AccountEvent.CashPlanChosen;
import edu.lifecycle.billing.account.AccountEvent.EmployerInvoiced;
import edu.lifecycle.billing.account.AccountEvent.InstalmentOverdue;
import edu.lifecycle.billing.account.AccountEvent.InstalmentsCancelled;
import edu.lifecycle.billing.account.AccountEvent.PaymentReceived;
import edu.lifecycle.billing.account.AccountEvent.TuitionAccountOpened;
import edu.lifecycle.billing.account.AccountEvent.TuitionReimbursed;
import edu.lifecycle.billing.account.AccountEvent.TuitionSettled;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A student's tuition account: what is charged (the schedule), what was received and how it was allocated, who
 * pays. The state is the fold of its events ({@link #evolve}), so the read models that fold the published events
 * see exactly what the aggregate saw.
 *
 * @param employer who pays since a work-study contract; {@code null} before one
 * @param reimbursed what was paid back to the student
 * @param employerInvoiced what the employer was billed
 */
public record Account(
        String studentId,
        String programme,
        String academicYear,
        BigDecimal fee,
        BigDecimal discount,
        Payer payer,
        String employer,
        List<ScheduleLine> lines,
        List<Payment> payments,
        BigDecimal reimbursed,
        BigDecimal employerInvoiced,
        boolean withdrawn,
        boolean settled) {

    private static final Comparator<ScheduleLine> OLDEST_FIRST =
            Comparator.comparing(ScheduleLine::dueOn).thenComparingInt(ScheduleLine::sequence);

    public Account {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    /** The state after an event; {@code current} is {@code null} before the account opened. */
    public static Account evolve(Account current, AccountEvent event) {
        if (event instanceof TuitionAccountOpened opened) {
            return new Account(
                    opened.studentId(),
                    opened.programme(),
                    opened.academicYear(),
                    opened.tuitionFee(),
                    Money.ZERO,
                    opened.payer(),
                    null,
                    opened.schedule(),
                    List.of(),
                    Money.ZERO,
                    Money.ZERO,
                    false,
                    false);
        }
        if (current == null) {
            throw new IllegalStateException("No account for " + event.studentId() + " before " + event);
        }
        return current.apply(event);
    }

    private Account apply(AccountEvent event) {
        if (event instanceof CashPlanChosen chosen) {
            var changed = new ArrayList<ScheduleLine>();
            for (var line : lines) {
                changed.add(chosen.replacedLineIds().contains(line.lineId()) ? line.cancel() : line);
            }
            int sequence = lines.stream().mapToInt(ScheduleLine::sequence).max().orElse(0) + 1;
            changed.add(
                    ScheduleLine.due(chosen.cashLineId(), LineKind.CASH, sequence, chosen.amountDue(), chosen.dueOn()));
            return with(changed, chosen.discount(), payer, employer, payments, reimbursed, employerInvoiced, withdrawn);
        }
        if (event instanceof PaymentReceived received) {
            var payment = received.payment();
            var changed = lines;
            for (var allocation : payment.allocations()) {
                changed = change(changed, allocation.lineId(), line -> line.pay(payment.payer(), allocation.amount()));
            }
            var allPayments = new ArrayList<>(payments);
            allPayments.add(payment);
            return with(changed, discount, payer, employer, allPayments, reimbursed, employerInvoiced, withdrawn);
        }
        if (event instanceof InstalmentOverdue overdue) {
            return withLines(change(lines, overdue.lineId(), ScheduleLine::markOverdue));
        }
        if (event instanceof TuitionReimbursed reimbursement) {
            var changed =
                    lines.stream().map(ScheduleLine::withoutStudentPayments).toList();
            return with(
                    changed,
                    discount,
                    Payer.EMPLOYER,
                    reimbursement.employer(),
                    payments,
                    reimbursed.add(reimbursement.amount()),
                    employerInvoiced,
                    withdrawn);
        }
        if (event instanceof EmployerInvoiced invoiced) {
            return with(
                    lines,
                    discount,
                    Payer.EMPLOYER,
                    invoiced.employer(),
                    payments,
                    reimbursed,
                    employerInvoiced.add(invoiced.amount()),
                    withdrawn);
        }
        if (event instanceof InstalmentsCancelled cancelled) {
            var changed = lines;
            for (var lineId : cancelled.lineIds()) {
                changed = change(changed, lineId, ScheduleLine::cancel);
            }
            return with(changed, discount, payer, employer, payments, reimbursed, employerInvoiced, true);
        }
        if (event instanceof TuitionSettled) {
            return new Account(
                    studentId,
                    programme,
                    academicYear,
                    fee,
                    discount,
                    payer,
                    employer,
                    lines,
                    payments,
                    reimbursed,
                    employerInvoiced,
                    withdrawn,
                    true);
        }
        return this;
    }

    /** Everything received, before any reimbursement. */
    public BigDecimal received() {
        return Money.sum(payments.stream().map(Payment::amount).toList());
    }

    /** What the school keeps: received less reimbursed. */
    public BigDecimal paid() {
        return received().subtract(reimbursed);
    }

    /** What the student paid and was not paid back: a work-study contract reimburses exactly this. */
    public BigDecimal paidByStudentNotReimbursed() {
        var byStudent = Money.sum(payments.stream()
                .filter(payment -> payment.payer() == Payer.STUDENT)
                .map(Payment::amount)
                .toList());
        return Money.max(byStudent.subtract(reimbursed), Money.ZERO);
    }

    /** What is still owed on the schedule. */
    public BigDecimal owed() {
        return Money.sum(lines.stream().map(ScheduleLine::outstanding).toList());
    }

    /** Money received that no line needed. */
    public BigDecimal credit() {
        var allocated = Money.sum(lines.stream().map(ScheduleLine::paid).toList());
        return Money.max(paid().subtract(allocated), Money.ZERO);
    }

    public boolean onCashPlan() {
        return lines.stream().anyMatch(line -> line.kind() == LineKind.CASH);
    }

    public Optional<Payment> payment(String reference) {
        return payments.stream()
                .filter(payment -> payment.reference().equals(reference))
                .findFirst();
    }

    /** Lines still owing something, oldest due first: the order payments settle them in. */
    public List<ScheduleLine> openLinesOldestFirst() {
        return lines.stream()
                .filter(line -> line.outstanding().signum() > 0)
                .sorted(OLDEST_FIRST)
                .toList();
    }

    private Account withLines(List<ScheduleLine> changed) {
        return with(changed, discount, payer, employer, payments, reimbursed, employerInvoiced, withdrawn);
    }

    private Account with(
            List<ScheduleLine> changedLines,
            BigDecimal newDiscount,
            Payer newPayer,
            String newEmployer,
            List<Payment> newPayments,
            BigDecimal newReimbursed,
            BigDecimal newInvoiced,
            boolean newWithdrawn) {
        return new Account(
                studentId,
                programme,
                academicYear,
                fee,
                newDiscount,
                newPayer,
                newEmployer,
                changedLines,
                newPayments,
                newReimbursed,
                newInvoiced,
                newWithdrawn,
                settled);
    }

    private static List<ScheduleLine> change(
            List<ScheduleLine> lines, String lineId, UnaryOperator<ScheduleLine> change) {
        return lines.stream()
                .map(line -> line.lineId().equals(lineId) ? change.apply(line) : line)
                .toList();
    }
}
