package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.LineKind;
import edu.lifecycle.billing.account.LineStatus;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's account as the bursar sees it: the fee and discount, what was paid and reimbursed, the balance still
 * owed, who pays, each schedule line with its status, and each payment with how it was allocated.
 */
public record AccountView(
        String studentId,
        String programme,
        String academicYear,
        BigDecimal fee,
        BigDecimal discount,
        BigDecimal paid,
        BigDecimal reimbursed,
        BigDecimal employerInvoiced,
        BigDecimal balance,
        BigDecimal credit,
        Payer payer,
        String employer,
        boolean cashPlan,
        boolean withdrawn,
        boolean settled,
        List<Line> schedule,
        List<PaymentView> payments) {

    public static AccountView of(Account account) {
        return new AccountView(
                account.studentId(),
                account.programme(),
                account.academicYear(),
                account.fee(),
                account.discount(),
                account.paid(),
                account.reimbursed(),
                account.employerInvoiced(),
                account.owed(),
                account.credit(),
                account.payer(),
                account.employer(),
                account.onCashPlan(),
                account.withdrawn(),
                account.settled(),
                account.lines().stream()
                        .map(line -> new Line(
                                line.lineId(),
                                line.kind(),
                                line.sequence(),
                                line.amount(),
                                line.dueOn(),
                                line.paid(),
                                line.outstanding(),
                                line.status()))
                        .toList(),
                account.payments().stream()
                        .map(payment -> new PaymentView(
                                payment.reference(),
                                payment.amount(),
                                payment.method(),
                                payment.payer(),
                                payment.receivedAt(),
                                payment.allocations().stream()
                                        .map(allocation -> new AllocationView(allocation.lineId(), allocation.amount()))
                                        .toList(),
                                payment.credit()))
                        .toList());
    }

    public record Line(
            String lineId,
            LineKind kind,
            int sequence,
            BigDecimal amount,
            LocalDate dueOn,
            BigDecimal paid,
            BigDecimal outstanding,
            LineStatus status) {}

    public record PaymentView(
            String reference,
            BigDecimal amount,
            PaymentMethod method,
            Payer payer,
            Instant receivedAt,
            List<AllocationView> allocations,
            BigDecimal credit) {}

    public record AllocationView(String lineId, BigDecimal amount) {}
}
