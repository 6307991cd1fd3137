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
import java.util.List;
import java.util.Optional;

/**
 * A student's tuition account: what is billed ({@link Tuition}), who pays ({@link Funding}), what is charged line by
 * line ({@link Schedule}), the money received and paid back ({@link MoneyMovements}), and whether it is closed
 * ({@link Closing}). The state is the fold of its events ({@link #evolve}), so the read models that fold the
 * published events see exactly what the aggregate saw; each event rebuilds only the parts it changes.
 *
 * <p>Two rules hold after every event, as part of the fold: money received that no line holds (credit) is applied to
 * the lines still owed, deposit first, so credit only remains when nothing is owed; and the account is settled only
 * while nothing is owed.
 */
public record Account(
        String studentId,
        Tuition tuition,
        Funding funding,
        Schedule schedule,
        MoneyMovements movements,
        Closing closing) {

    /** The state after an event; {@code current} is {@code null} before the account opened. */
    public static Account evolve(Account current, AccountEvent event) {
        if (event instanceof TuitionAccountOpened opened) {
            return new Account(
                    opened.studentId(),
                    Tuition.openedBy(opened),
                    Funding.by(opened.payer()),
                    new Schedule(opened.schedule()),
                    MoneyMovements.NONE,
                    Closing.OPEN);
        }
        if (current == null) {
            throw new IllegalStateException("No account for " + event.studentId() + " before " + event);
        }
        if (event instanceof TuitionSettled) {
            return current.withClosing(current.closing.withSettled(true));
        }
        var changed = current.apply(event).withCreditApplied();
        return changed.closing.settled() && changed.owed().signum() > 0
                ? changed.withClosing(changed.closing.withSettled(false))
                : changed;
    }

    private Account apply(AccountEvent event) {
        if (event instanceof CashPlanChosen chosen) {
            return withSchedule(schedule.withCashPlan(chosen)).withTuition(tuition.withDiscount(chosen.discount()));
        }
        if (event instanceof PaymentReceived received) {
            var payment = received.payment();
            var paid = schedule;
            for (var allocation : payment.allocations()) {
                paid = paid.withLine(allocation.lineId(), line -> line.pay(payment.payer(), allocation.amount()));
            }
            return withSchedule(paid).withMovements(movements.withPayment(payment));
        }
        if (event instanceof InstalmentOverdue overdue) {
            return withSchedule(schedule.withLine(overdue.lineId(), line -> line.markOverdue(overdue.dueOn())));
        }
        if (event instanceof TuitionReimbursed reimbursement) {
            // The student's money leaves the lines; the employer's is applied again, deposit first, as credit.
            return withSchedule(schedule.withEachLine(ScheduleLine::withoutPayments))
                    .withMovements(movements.withReimbursed(reimbursement.amount()))
                    .takenOverBy(reimbursement.employer(), reimbursement.occurredAt());
        }
        if (event instanceof EmployerInvoiced invoiced) {
            var takenOver = takenOverBy(invoiced.employer(), invoiced.occurredAt());
            return takenOver.withFunding(takenOver.funding.invoiced(invoiced.amount()));
        }
        if (event instanceof InstalmentsCancelled cancelled) {
            // Only the lines: the discount of a cash plan the withdrawal ends stays what it was.
            var changed = withCashPlanEnded().schedule;
            for (var lineId : cancelled.lineIds()) {
                changed = changed.withLine(lineId, ScheduleLine::cancel);
            }
            return withSchedule(changed).withClosing(closing.withWithdrawn(true));
        }
        if (event instanceof CreditRefunded refunded) {
            return withMovements(movements.withRefund(
                    new Refund(refunded.reference(), refunded.amount(), refunded.payee(), refunded.occurredAt())));
        }
        return this;
    }

    /**
     * The account once {@code newEmployer} pays. The first time: the employer was never late, so overdue marks are
     * cleared; and a cash plan ends, because its discount rewards a student paying at once, not an employer.
     */
    Account takenOverBy(String newEmployer, Instant at) {
        if (funding.employerNamed()) {
            return withFunding(funding.withEmployer(newEmployer));
        }
        var ended = closing.withdrawn() ? this : withCashPlanEnded();
        return ended.withSchedule(ended.schedule.withEachLine(ScheduleLine::notOverdue))
                .withFunding(funding.takenOverBy(newEmployer, at));
    }

    /**
     * The account without its cash plan, if it has one: the lines the cash line replaced are owed again, and what was
     * paid on the cash line becomes credit (applied again, deposit first, by the fold).
     */
    Account withCashPlanEnded() {
        if (!onCashPlan()) {
            return this;
        }
        return withSchedule(schedule.withoutCashPlan()).withTuition(tuition.withDiscount(Money.ZERO));
    }

    /** Credit applied to the lines still owed, in payment order: what any surplus does as soon as lines need it. */
    Account withCreditApplied() {
        var changed = schedule;
        for (var from : Payer.values()) {
            var credit = creditOf(from);
            if (credit.signum() != 0) {
                changed = changed.withCredit(from, credit);
            }
        }
        return changed == schedule ? this : withSchedule(changed);
    }

    private Account withTuition(Tuition value) {
        return new Account(studentId, value, funding, schedule, movements, closing);
    }

    private Account withFunding(Funding value) {
        return new Account(studentId, tuition, value, schedule, movements, closing);
    }

    private Account withSchedule(Schedule value) {
        return new Account(studentId, tuition, funding, value, movements, closing);
    }

    private Account withMovements(MoneyMovements value) {
        return new Account(studentId, tuition, funding, schedule, value, closing);
    }

    private Account withClosing(Closing value) {
        return new Account(studentId, tuition, funding, schedule, movements, value);
    }

    /** Everything received, before any reimbursement or refund. */
    public BigDecimal received() {
        return movements.received();
    }

    public BigDecimal receivedFrom(Payer from) {
        return movements.receivedFrom(from);
    }

    public BigDecimal refunded() {
        return movements.refunded();
    }

    public BigDecimal refundedTo(Payer payee) {
        return movements.refundedTo(payee);
    }

    /** What the school keeps: received less reimbursed and refunded. */
    public BigDecimal paid() {
        return received().subtract(movements.reimbursed()).subtract(refunded());
    }

    /** What the student paid and was not paid back: a work-study contract reimburses exactly this. */
    public BigDecimal paidByStudentNotReimbursed() {
        return Money.max(
                receivedFrom(Payer.STUDENT).subtract(movements.reimbursed()).subtract(refundedTo(Payer.STUDENT)),
                Money.ZERO);
    }

    /** What is still owed on the schedule. */
    public BigDecimal owed() {
        return schedule.owed();
    }

    /** Money received that no line holds and that was not given back, whoever paid it. */
    public BigDecimal credit() {
        return creditOf(Payer.STUDENT).add(creditOf(Payer.EMPLOYER));
    }

    /** The credit that came from {@code from}: what a refund to them may pay back. */
    public BigDecimal creditOf(Payer from) {
        var keptFrom = receivedFrom(from).subtract(refundedTo(from));
        if (from == Payer.STUDENT) {
            keptFrom = keptFrom.subtract(movements.reimbursed());
        }
        return Money.max(keptFrom.subtract(schedule.heldFrom(from)), Money.ZERO);
    }

    /** A live cash line: the cash plan was chosen and has not ended. */
    public boolean onCashPlan() {
        return schedule.onCashPlan();
    }

    /** An apprentice's account before the contract names the employer: nobody can be late on it. */
    public boolean awaitingEmployer() {
        return funding.awaitingEmployer();
    }

    public Optional<Payment> payment(String reference) {
        return movements.payment(reference);
    }

    public Optional<Refund> refund(String reference) {
        return movements.refund(reference);
    }

    public Optional<ScheduleLine> line(String lineId) {
        return schedule.line(lineId);
    }

    /** Lines still owing something in the order payments settle them: the deposit first, then oldest due first. */
    public List<ScheduleLine> openLinesInPaymentOrder() {
        return schedule.openLinesInPaymentOrder();
    }
}
