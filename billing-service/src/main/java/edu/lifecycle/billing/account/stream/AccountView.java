package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.LineKind;
import edu.lifecycle.billing.account.LineStatus;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.PaymentMethod;
import edu.lifecycle.billing.account.web.Amount;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's account as the bursar sees it, in the command's answer and in the query alike: the fee and discount,
 * what was paid, reimbursed and refunded, the balance still owed and the credit, who pays, each schedule line with
 * its status, each payment with how it was allocated, and each refund. Money is an {@link Amount}.
 *
 * @param employerToBeConfirmed an apprentice's employer pays, but no contract has named it yet: nothing is overdue
 */
public record AccountView(
        String studentId,
        String programme,
        String academicYear,
        LocalDate registeredOn,
        Amount fee,
        Amount discount,
        Amount paid,
        Amount reimbursed,
        Amount refunded,
        Amount employerInvoiced,

        @Schema(description = "What is still owed on the schedule")
        Amount balance,

        @Schema(description = "Money received that no line needs; the bursar may refund it")
        Amount credit,

        Payer payer,
        String employer,
        boolean employerToBeConfirmed,
        boolean cashPlan,
        boolean withdrawn,
        boolean settled,
        List<Line> schedule,
        List<PaymentView> payments,
        List<RefundView> refunds) {

    public static AccountView of(Account account) {
        return new AccountView(
                account.studentId(),
                account.tuition().programme(),
                account.tuition().academicYear(),
                account.tuition().registeredOn(),
                Amount.of(account.tuition().fee()),
                Amount.of(account.tuition().discount()),
                Amount.of(account.paid()),
                Amount.of(account.movements().reimbursed()),
                Amount.of(account.refunded()),
                Amount.of(account.funding().employerInvoiced()),
                Amount.of(account.owed()),
                Amount.of(account.credit()),
                account.funding().payer(),
                account.funding().employer(),
                account.awaitingEmployer(),
                account.onCashPlan(),
                account.closing().withdrawn(),
                account.closing().settled(),
                account.schedule().lines().stream()
                        .map(line -> new Line(
                                line.lineId(),
                                line.kind(),
                                line.sequence(),
                                Amount.of(line.amount()),
                                line.dueOn(),
                                Amount.of(line.paid()),
                                Amount.of(line.outstanding()),
                                line.status(),
                                line.status() == LineStatus.OVERDUE ? line.fellDueOn() : null))
                        .toList(),
                account.movements().payments().stream()
                        .map(payment -> new PaymentView(
                                payment.reference(),
                                Amount.of(payment.amount()),
                                payment.method(),
                                payment.payer(),
                                payment.receivedAt(),
                                payment.allocations().stream()
                                        .map(allocation ->
                                                new AllocationView(allocation.lineId(), Amount.of(allocation.amount())))
                                        .toList(),
                                Amount.of(payment.credit())))
                        .toList(),
                account.movements().refunds().stream()
                        .map(refund -> new RefundView(
                                refund.reference(), Amount.of(refund.amount()), refund.payee(), refund.refundedAt()))
                        .toList());
    }

    /** @param fellDueOn for an overdue line, the day it fell due for its payer (later than dueOn for an employer) */
    public record Line(
            String lineId,
            LineKind kind,
            int sequence,
            Amount amount,
            LocalDate dueOn,
            Amount paid,
            Amount outstanding,
            LineStatus status,
            LocalDate fellDueOn) {}

    public record PaymentView(
            String reference,
            Amount amount,
            PaymentMethod method,
            Payer payer,
            Instant receivedAt,
            List<AllocationView> allocations,
            Amount credit) {}

    public record AllocationView(String lineId, Amount amount) {}

    public record RefundView(String reference, Amount amount, Payer payee, Instant refundedAt) {}
}
