package edu.lifecycle.billing.receivables;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * One student's share of their programme year's receivables, derived from the account after each event; the
 * totals move by the difference between a student's last share and the new one.
 *
 * @param billed what the schedule charges: every live line; of a line the cash plan replaced, what was paid on it;
 *     nothing of a line a withdrawal cancelled
 * @param collected what the school keeps (received less reimbursed)
 * @param outstanding what is still owed
 * @param overdue the part of {@code outstanding} on overdue lines
 */
public record StudentReceivables(
        Cohort cohort,
        String studentId,
        BigDecimal billed,
        BigDecimal collected,
        BigDecimal outstanding,
        BigDecimal overdue,
        BigDecimal reimbursed,
        BigDecimal employerInvoiced,
        List<OverdueLine> overdueLines) {

    public StudentReceivables {
        overdueLines = List.copyOf(overdueLines);
    }

    public static StudentReceivables of(Account account) {
        var funding = account.funding();
        var overdueLines = account.schedule().lines().stream()
                .filter(line -> line.overdue() && line.outstanding().signum() > 0)
                .map(line -> new OverdueLine(
                        account.studentId(),
                        line.lineId(),
                        line.fellDueOn(),
                        line.outstanding(),
                        funding.payer(),
                        funding.employer()))
                .toList();
        return new StudentReceivables(
                new Cohort(account.tuition().programme(), account.tuition().academicYear()),
                account.studentId(),
                Money.sum(account.schedule().lines().stream()
                        .map(line -> line.live() ? line.amount() : line.paid())
                        .toList()),
                account.paid(),
                account.owed(),
                Money.sum(overdueLines.stream()
                        .map(OverdueLine::amountOutstanding)
                        .toList()),
                account.movements().reimbursed(),
                funding.employerInvoiced(),
                overdueLines);
    }
}
