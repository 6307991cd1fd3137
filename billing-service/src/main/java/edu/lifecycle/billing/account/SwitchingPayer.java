package edu.lifecycle.billing.account;

import edu.lifecycle.billing.account.AccountCommand.SwitchPayerToEmployer;
import edu.lifecycle.billing.account.AccountEvent.EmployerInvoiced;
import edu.lifecycle.billing.account.AccountEvent.TuitionReimbursed;
import java.util.ArrayList;
import java.util.List;

/**
 * A work-study contract moves the tuition to the employer: the student gets back everything they paid, and the
 * employer is invoiced the tuition on the programme's schedule, without the cash discount (a cash plan ends), less
 * what the employer already paid. The first contract always records the employer, with an invoice of what is then
 * owed (0.00 when nothing is). A later contract reimburses only what the student paid since, and invoices only that.
 */
final class SwitchingPayer {

    private SwitchingPayer() {}

    static List<AccountEvent> decide(Account account, SwitchPayerToEmployer command) {
        boolean firstContract = account.funding().employer() == null;
        var toReimburse = account.paidByStudentNotReimbursed();
        if (!firstContract && toReimburse.signum() == 0) {
            return List.of();
        }
        var events = new ArrayList<AccountEvent>();
        var state = account;
        if (toReimburse.signum() > 0) {
            var reimbursed = new TuitionReimbursed(
                    account.studentId(), command.issuedAt(), toReimburse, command.employer(), command.contractId());
            events.add(reimbursed);
            state = Account.evolve(state, reimbursed);
        }
        var toInvoice = firstContract
                ? state.takenOverBy(command.employer(), command.issuedAt())
                        .withCreditApplied()
                        .owed()
                : state.owed().subtract(account.owed());
        if (firstContract || toInvoice.signum() > 0) {
            events.add(new EmployerInvoiced(
                    account.studentId(),
                    command.issuedAt(),
                    command.employer(),
                    Money.max(toInvoice, Money.ZERO),
                    command.contractId()));
        }
        return events;
    }
}
