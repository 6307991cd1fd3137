package edu.lifecycle.billing.account;

import edu.lifecycle.billing.account.AccountCommand.SwitchPayerToEmployer;
import edu.lifecycle.billing.account.AccountEvent.EmployerInvoiced;
import edu.lifecycle.billing.account.AccountEvent.TuitionReimbursed;
import java.util.ArrayList;
import java.util.List;

/**
 * A work-study contract moves the tuition to the employer: the student gets back what they paid, and the employer
 * is billed what is then owed. A later contract reimburses only what the student paid since, and bills only that.
 */
final class SwitchingPayer {

    private SwitchingPayer() {}

    static List<AccountEvent> decide(Account account, SwitchPayerToEmployer command) {
        boolean firstContract = account.employer() == null;
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
        var toInvoice = firstContract ? state.owed() : state.owed().subtract(account.owed());
        if (toInvoice.signum() > 0) {
            events.add(new EmployerInvoiced(
                    account.studentId(), command.issuedAt(), command.employer(), toInvoice, command.contractId()));
        }
        return events;
    }
}
