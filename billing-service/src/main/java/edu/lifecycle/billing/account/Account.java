package edu.lifecycle.billing.account;

import edu.lifecycle.billing.account.AccountEvent.CashPlanChosen;
import edu.lifecycle.billing.account.AccountEvent.CreditRefunded;
import edu.lifecycle.billing.account.AccountEvent.EmployerInvoiced;
import edu.lifecycle.billing.account.AccountEvent.InstalmentOverdue;
import edu.lifecycle.billing.account.AccountEvent.InstalmentsCancelled;
import edu.lifecycle.billing.account.AccountEvent.PaymentReceived;
import edu.lifecycle.billing.account.AccountEvent.TuitionAccountOpened;
import edu.lifecycle.billing.account.AccountEvent.TuitionReimbursed;
import edu.lifecycle.billing.account.AccountEvent.TuitionSettled;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
 * <p>Two rules hold after every event, as part of the fold: money received that no line holds (credit) is applied to
 * the lines still owed, deposit first, so credit only remains when nothing is owed; and the account is settled only
 * while nothing is owed.
 *
 * @param employer who pays since a work-study contract; {@code null} before one ("to be confirmed" for an apprentice)
 * @param employerSince when the employer took the tuition over; {@code null} before
 * @param registeredOn the registration date: the deposit's due date
 * @param reimbursed what was paid back to the student on a work-study contract
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
        Instant employerSince,
        LocalDate registeredOn,
        List<ScheduleLine> lines,
        List<Payment> payments,
        List<Refund> refunds,
        BigDecimal reimbursed,
        BigDecimal employerInvoiced,
        boolean withdrawn,
        boolean settled) {

    /** The deposit first, whatever its date; then the oldest due date; then the schedule's order. */
    private static final Comparator<ScheduleLine> PAYMENT_ORDER = Comparator.comparing(
                    (ScheduleLine line) -> line.kind() != LineKind.DEPOSIT)
            .thenComparing(ScheduleLine::dueOn)
            .thenComparingInt(ScheduleLine::sequence);

    public Account {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }

    /** The state after an event; {@code current} is {@code null} before the account opened. */
    public static Account evolve(Account current, AccountEvent event) {
        if (event instanceof TuitionAccountOpened opened) {
            var registeredOn = opened.schedule().stream()
                    .filter(line -> line.kind() == LineKind.DEPOSIT)
                    .map(ScheduleLine::dueOn)
                    .findFirst()
                    .orElse(null);
            return new Account(
                    opened.studentId(),
                    opened.programme(),
                    opened.academicYear(),
                    opened.tuitionFee(),
                    Money.ZERO,
                    opened.payer(),
                    null,
                    null,
                    registeredOn,
                    opened.schedule(),
                    List.of(),
                    List.of(),
                    Money.ZERO,
                    Money.ZERO,
                    false,
                    false);
        }
        if (current == null) {
            throw new IllegalStateException("No account for " + event.studentId() + " before " + event);
        }
        if (event instanceof TuitionSettled) {
            return current.change().settled(true).build();
        }
        var changed = current.apply(event).withCreditApplied();
        return changed.settled && changed.owed().signum() > 0
                ? changed.change().settled(false).build()
                : changed;
    }

    private Account apply(AccountEvent event) {
        if (event instanceof CashPlanChosen chosen) {
            var changed = new ArrayList<ScheduleLine>();
            for (var line : lines) {
                changed.add(chosen.replacedLineIds().contains(line.lineId()) ? line.replace() : line);
            }
            int sequence = lines.stream().mapToInt(ScheduleLine::sequence).max().orElse(0) + 1;
            changed.add(
                    ScheduleLine.due(chosen.cashLineId(), LineKind.CASH, sequence, chosen.amountDue(), chosen.dueOn()));
            return change().lines(changed).discount(chosen.discount()).build();
        }
        if (event instanceof PaymentReceived received) {
            var payment = received.payment();
            var changed = lines;
            for (var allocation : payment.allocations()) {
                changed = change(changed, allocation.lineId(), line -> line.pay(payment.payer(), allocation.amount()));
            }
            var allPayments = new ArrayList<>(payments);
            allPayments.add(payment);
            return change().lines(changed).payments(allPayments).build();
        }
        if (event instanceof InstalmentOverdue overdue) {
            return change().lines(change(lines, overdue.lineId(), line -> line.markOverdue(overdue.dueOn())))
                    .build();
        }
        if (event instanceof TuitionReimbursed reimbursement) {
            // The student's money leaves the lines; the employer's is applied again, deposit first, as credit.
            var stripped = lines.stream().map(ScheduleLine::withoutPayments).toList();
            return change().lines(stripped)
                    .reimbursed(reimbursed.add(reimbursement.amount()))
                    .build()
                    .takenOverBy(reimbursement.employer(), reimbursement.occurredAt());
        }
        if (event instanceof EmployerInvoiced invoiced) {
            return takenOverBy(invoiced.employer(), invoiced.occurredAt())
                    .change()
                    .employerInvoiced(employerInvoiced.add(invoiced.amount()))
                    .build();
        }
        if (event instanceof InstalmentsCancelled cancelled) {
            var changed = withCashPlanEnded().lines;
            for (var lineId : cancelled.lineIds()) {
                changed = change(changed, lineId, ScheduleLine::cancel);
            }
            return change().lines(changed).withdrawn(true).build();
        }
        if (event instanceof CreditRefunded refunded) {
            var all = new ArrayList<>(refunds);
            all.add(new Refund(refunded.reference(), refunded.amount(), refunded.payee(), refunded.occurredAt()));
            return change().refunds(all).build();
        }
        return this;
    }

    /**
     * The account once {@code newEmployer} pays. The first time: the employer was never late, so overdue marks are
     * cleared; and a cash plan ends, because its discount rewards a student paying at once, not an employer.
     */
    Account takenOverBy(String newEmployer, Instant at) {
        if (employer != null) {
            return change().employer(newEmployer).build();
        }
        var ended = withdrawn ? this : withCashPlanEnded();
        var fresh = ended.lines.stream().map(ScheduleLine::notOverdue).toList();
        return ended.change()
                .payer(Payer.EMPLOYER)
                .employer(newEmployer)
                .employerSince(at)
                .lines(fresh)
                .build();
    }

    /**
     * The account without its cash plan, if it has one: the lines the cash line replaced are owed again, and what was
     * paid on the cash line becomes credit (applied again, deposit first, by the fold).
     */
    Account withCashPlanEnded() {
        if (!onCashPlan()) {
            return this;
        }
        var changed = lines.stream()
                .map(line -> line.kind() == LineKind.CASH && line.live() ? line.cancel() : line)
                .map(line -> line.replaced() ? line.reinstate() : line)
                .toList();
        return change().lines(changed).discount(Money.ZERO).build();
    }

    /** Credit applied to the lines still owed, in payment order: what any surplus does as soon as lines need it. */
    Account withCreditApplied() {
        var changed = lines;
        for (var from : Payer.values()) {
            var credit = creditOf(from);
            if (credit.signum() == 0) {
                continue;
            }
            for (var line : changed.stream()
                    .filter(line -> line.outstanding().signum() > 0)
                    .sorted(PAYMENT_ORDER)
                    .toList()) {
                if (credit.signum() == 0) {
                    break;
                }
                var part = credit.min(line.outstanding());
                changed = change(changed, line.lineId(), open -> open.pay(from, part));
                credit = credit.subtract(part);
            }
        }
        return changed == lines ? this : change().lines(changed).build();
    }

    /** Everything received, before any reimbursement or refund. */
    public BigDecimal received() {
        return Money.sum(payments.stream().map(Payment::amount).toList());
    }

    public BigDecimal receivedFrom(Payer from) {
        return Money.sum(payments.stream()
                .filter(payment -> payment.payer() == from)
                .map(Payment::amount)
                .toList());
    }

    public BigDecimal refunded() {
        return Money.sum(refunds.stream().map(Refund::amount).toList());
    }

    public BigDecimal refundedTo(Payer payee) {
        return Money.sum(refunds.stream()
                .filter(refund -> refund.payee() == payee)
                .map(Refund::amount)
                .toList());
    }

    /** What the school keeps: received less reimbursed and refunded. */
    public BigDecimal paid() {
        return received().subtract(reimbursed).subtract(refunded());
    }

    /** What the student paid and was not paid back: a work-study contract reimburses exactly this. */
    public BigDecimal paidByStudentNotReimbursed() {
        return Money.max(
                receivedFrom(Payer.STUDENT).subtract(reimbursed).subtract(refundedTo(Payer.STUDENT)), Money.ZERO);
    }

    /** What is still owed on the schedule. */
    public BigDecimal owed() {
        return Money.sum(lines.stream().map(ScheduleLine::outstanding).toList());
    }

    /** Money received that no line holds and that was not given back, whoever paid it. */
    public BigDecimal credit() {
        return creditOf(Payer.STUDENT).add(creditOf(Payer.EMPLOYER));
    }

    /** The credit that came from {@code from}: what a refund to them may pay back. */
    public BigDecimal creditOf(Payer from) {
        var keptFrom = receivedFrom(from).subtract(refundedTo(from));
        if (from == Payer.STUDENT) {
            keptFrom = keptFrom.subtract(reimbursed);
        }
        var held = Money.sum(lines.stream().map(line -> line.paidBy(from)).toList());
        return Money.max(keptFrom.subtract(held), Money.ZERO);
    }

    /** A live cash line: the cash plan was chosen and has not ended. */
    public boolean onCashPlan() {
        return lines.stream().anyMatch(line -> line.kind() == LineKind.CASH && line.live());
    }

    /** An apprentice's account before the contract names the employer: nobody can be late on it. */
    public boolean awaitingEmployer() {
        return payer == Payer.EMPLOYER && employer == null;
    }

    public Optional<Payment> payment(String reference) {
        return payments.stream()
                .filter(payment -> payment.reference().equals(reference))
                .findFirst();
    }

    public Optional<Refund> refund(String reference) {
        return refunds.stream()
                .filter(refund -> refund.reference().equals(reference))
                .findFirst();
    }

    public Optional<ScheduleLine> line(String lineId) {
        return lines.stream().filter(line -> line.lineId().equals(lineId)).findFirst();
    }

    /** Lines still owing something in the order payments settle them: the deposit first, then oldest due first. */
    public List<ScheduleLine> openLinesInPaymentOrder() {
        return lines.stream()
                .filter(line -> line.outstanding().signum() > 0)
                .sorted(PAYMENT_ORDER)
                .toList();
    }

    private static List<ScheduleLine> change(
            List<ScheduleLine> lines, String lineId, UnaryOperator<ScheduleLine> change) {
        return lines.stream()
                .map(line -> line.lineId().equals(lineId) ? change.apply(line) : line)
                .toList();
    }

    private Changes change() {
        return new Changes(this);
    }

    /** A copy of the account with some of its fields changed. */
    private static final class Changes {
        private final Account from;
        private BigDecimal discount;
        private Payer payer;
        private String employer;
        private Instant employerSince;
        private List<ScheduleLine> lines;
        private List<Payment> payments;
        private List<Refund> refunds;
        private BigDecimal reimbursed;
        private BigDecimal employerInvoiced;
        private boolean withdrawn;
        private boolean settled;

        private Changes(Account from) {
            this.from = from;
            this.discount = from.discount;
            this.payer = from.payer;
            this.employer = from.employer;
            this.employerSince = from.employerSince;
            this.lines = from.lines;
            this.payments = from.payments;
            this.refunds = from.refunds;
            this.reimbursed = from.reimbursed;
            this.employerInvoiced = from.employerInvoiced;
            this.withdrawn = from.withdrawn;
            this.settled = from.settled;
        }

        Changes discount(BigDecimal value) {
            discount = value;
            return this;
        }

        Changes payer(Payer value) {
            payer = value;
            return this;
        }

        Changes employer(String value) {
            employer = value;
            return this;
        }

        Changes employerSince(Instant value) {
            employerSince = value;
            return this;
        }

        Changes lines(List<ScheduleLine> value) {
            lines = value;
            return this;
        }

        Changes payments(List<Payment> value) {
            payments = value;
            return this;
        }

        Changes refunds(List<Refund> value) {
            refunds = value;
            return this;
        }

        Changes reimbursed(BigDecimal value) {
            reimbursed = value;
            return this;
        }

        Changes employerInvoiced(BigDecimal value) {
            employerInvoiced = value;
            return this;
        }

        Changes withdrawn(boolean value) {
            withdrawn = value;
            return this;
        }

        Changes settled(boolean value) {
            settled = value;
            return this;
        }

        Account build() {
            return new Account(
                    from.studentId,
                    from.programme,
                    from.academicYear,
                    from.fee,
                    discount,
                    payer,
                    employer,
                    employerSince,
                    from.registeredOn,
                    lines,
                    payments,
                    refunds,
                    reimbursed,
                    employerInvoiced,
                    withdrawn,
                    settled);
        }
    }
}
