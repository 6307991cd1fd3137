package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.AccountEvent;
import edu.lifecycle.billing.account.Allocation;
import edu.lifecycle.billing.account.LineKind;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.Payment;
import edu.lifecycle.billing.account.PaymentMethod;
import edu.lifecycle.billing.account.ScheduleLine;
import edu.lifecycle.events.billing.CashPlanChosen;
import edu.lifecycle.events.billing.CreditRefunded;
import edu.lifecycle.events.billing.EmployerInvoiced;
import edu.lifecycle.events.billing.InstalmentOverdue;
import edu.lifecycle.events.billing.InstalmentsCancelled;
import edu.lifecycle.events.billing.PayerType;
import edu.lifecycle.events.billing.PaymentAllocation;
import edu.lifecycle.events.billing.PaymentReceived;
import edu.lifecycle.events.billing.ScheduleLineKind;
import edu.lifecycle.events.billing.TuitionAccountOpened;
import edu.lifecycle.events.billing.TuitionReimbursed;
import edu.lifecycle.events.billing.TuitionSettled;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * The public face of account events, both ways: domain event → {@code billing.events} record for the aggregate,
 * and back for the read models, which fold the published events with the domain's own {@code evolve}.
 */
public final class PublishedAccountEvents {

    private PublishedAccountEvents() {}

    public static SpecificRecord toAvro(AccountEvent event, String eventId) {
        var student = event.studentId();
        var at = event.occurredAt();
        if (event instanceof AccountEvent.TuitionAccountOpened opened) {
            return new TuitionAccountOpened(
                    eventId,
                    at,
                    student,
                    opened.programme(),
                    opened.academicYear(),
                    opened.tuitionFee(),
                    opened.deposit(),
                    PayerType.valueOf(opened.payer().name()),
                    opened.schedule().stream()
                            .map(line -> new edu.lifecycle.events.billing.ScheduleLine(
                                    line.lineId(),
                                    ScheduleLineKind.valueOf(line.kind().name()),
                                    line.sequence(),
                                    line.amount(),
                                    line.dueOn()))
                            .toList());
        }
        if (event instanceof AccountEvent.CashPlanChosen chosen) {
            return new CashPlanChosen(
                    eventId,
                    at,
                    student,
                    chosen.cashLineId(),
                    chosen.replacedLineIds(),
                    chosen.discount(),
                    chosen.amountDue(),
                    chosen.dueOn());
        }
        if (event instanceof AccountEvent.PaymentReceived received) {
            var payment = received.payment();
            return new PaymentReceived(
                    eventId,
                    at,
                    student,
                    payment.reference(),
                    payment.amount(),
                    edu.lifecycle.events.billing.PaymentMethod.valueOf(
                            payment.method().name()),
                    PayerType.valueOf(payment.payer().name()),
                    payment.receivedAt(),
                    payment.allocations().stream()
                            .map(allocation -> new PaymentAllocation(allocation.lineId(), allocation.amount()))
                            .toList(),
                    payment.credit());
        }
        if (event instanceof AccountEvent.InstalmentOverdue overdue) {
            return new InstalmentOverdue(
                    eventId, at, student, overdue.lineId(), overdue.amountOutstanding(), overdue.dueOn());
        }
        if (event instanceof AccountEvent.TuitionReimbursed reimbursed) {
            return new TuitionReimbursed(
                    eventId, at, student, reimbursed.amount(), reimbursed.employer(), reimbursed.contractId());
        }
        if (event instanceof AccountEvent.EmployerInvoiced invoiced) {
            return new EmployerInvoiced(
                    eventId, at, student, invoiced.employer(), invoiced.amount(), invoiced.contractId());
        }
        if (event instanceof AccountEvent.InstalmentsCancelled cancelled) {
            return new InstalmentsCancelled(eventId, at, student, cancelled.lineIds(), cancelled.amountCancelled());
        }
        if (event instanceof AccountEvent.CreditRefunded refunded) {
            return new CreditRefunded(
                    eventId,
                    at,
                    student,
                    refunded.reference(),
                    refunded.amount(),
                    PayerType.valueOf(refunded.payee().name()),
                    refunded.staffId().orElse(null));
        }
        if (event instanceof AccountEvent.TuitionSettled settled) {
            return new TuitionSettled(eventId, at, student, settled.totalPaid());
        }
        throw new IllegalArgumentException("No public form for " + event);
    }

    /** A {@code billing.events} record as the domain event it was; empty for a record of another kind. */
    public static Optional<AccountEvent> fromAvro(SpecificRecord record) {
        if (record instanceof TuitionAccountOpened opened) {
            return Optional.of(new AccountEvent.TuitionAccountOpened(
                    opened.getStudentId(),
                    opened.getOccurredAt(),
                    opened.getProgramme(),
                    opened.getAcademicYear(),
                    opened.getTuitionFee(),
                    opened.getDeposit(),
                    Payer.valueOf(opened.getPayer().name()),
                    opened.getSchedule().stream()
                            .map(line -> ScheduleLine.due(
                                    line.getLineId(),
                                    LineKind.valueOf(line.getKind().name()),
                                    line.getSequence(),
                                    line.getAmount(),
                                    line.getDueOn()))
                            .toList()));
        }
        if (record instanceof CashPlanChosen chosen) {
            return Optional.of(new AccountEvent.CashPlanChosen(
                    chosen.getStudentId(),
                    chosen.getOccurredAt(),
                    chosen.getCashLineId(),
                    chosen.getReplacedLineIds(),
                    chosen.getDiscount(),
                    chosen.getAmountDue(),
                    chosen.getDueOn()));
        }
        if (record instanceof PaymentReceived received) {
            return Optional.of(new AccountEvent.PaymentReceived(
                    received.getStudentId(),
                    received.getOccurredAt(),
                    new Payment(
                            received.getPaymentReference(),
                            received.getAmount(),
                            PaymentMethod.valueOf(received.getMethod().name()),
                            Payer.valueOf(received.getPayer().name()),
                            received.getReceivedAt(),
                            received.getAllocations().stream()
                                    .map(allocation -> new Allocation(allocation.getLineId(), allocation.getAmount()))
                                    .toList(),
                            received.getCredit())));
        }
        if (record instanceof InstalmentOverdue overdue) {
            return Optional.of(new AccountEvent.InstalmentOverdue(
                    overdue.getStudentId(),
                    overdue.getOccurredAt(),
                    overdue.getLineId(),
                    overdue.getAmountOutstanding(),
                    overdue.getDueOn()));
        }
        if (record instanceof TuitionReimbursed reimbursed) {
            return Optional.of(new AccountEvent.TuitionReimbursed(
                    reimbursed.getStudentId(),
                    reimbursed.getOccurredAt(),
                    reimbursed.getAmount(),
                    reimbursed.getEmployer(),
                    reimbursed.getContractId()));
        }
        if (record instanceof EmployerInvoiced invoiced) {
            return Optional.of(new AccountEvent.EmployerInvoiced(
                    invoiced.getStudentId(),
                    invoiced.getOccurredAt(),
                    invoiced.getEmployer(),
                    invoiced.getAmount(),
                    invoiced.getContractId()));
        }
        if (record instanceof InstalmentsCancelled cancelled) {
            return Optional.of(new AccountEvent.InstalmentsCancelled(
                    cancelled.getStudentId(),
                    cancelled.getOccurredAt(),
                    cancelled.getLineIds(),
                    cancelled.getAmountCancelled()));
        }
        if (record instanceof CreditRefunded refunded) {
            return Optional.of(new AccountEvent.CreditRefunded(
                    refunded.getStudentId(),
                    refunded.getOccurredAt(),
                    refunded.getRefundReference(),
                    refunded.getAmount(),
                    Payer.valueOf(refunded.getPayee().name())));
        }
        if (record instanceof TuitionSettled settled) {
            return Optional.of(new AccountEvent.TuitionSettled(
                    settled.getStudentId(), settled.getOccurredAt(), settled.getTotalPaid()));
        }
        return Optional.empty();
    }
}
