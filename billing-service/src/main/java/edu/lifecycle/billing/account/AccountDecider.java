package edu.lifecycle.billing.account;

import static edu.lifecycle.billing.account.BillingRules.ACCOUNT_ALREADY_OPEN;
import static edu.lifecycle.billing.account.BillingRules.ACCOUNT_NOT_FOUND;

import edu.lifecycle.billing.account.AccountCommand.CancelFutureInstalments;
import edu.lifecycle.billing.account.AccountCommand.ChooseCashPlan;
import edu.lifecycle.billing.account.AccountCommand.MarkOverdue;
import edu.lifecycle.billing.account.AccountCommand.OpenAccount;
import edu.lifecycle.billing.account.AccountCommand.RecordPayment;
import edu.lifecycle.billing.account.AccountCommand.RefundCredit;
import edu.lifecycle.billing.account.AccountCommand.SwitchPayerToEmployer;
import edu.lifecycle.billing.account.AccountEvent.TuitionSettled;
import edu.lifecycle.servicekit.decision.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pure decisions of a tuition account, keyed by student id; a student never enrolled has no account. Whatever
 * the command, the moment nothing is owed any more the account is settled.
 */
public final class AccountDecider {

    private final OpeningAccount opening;
    private final ChoosingCashPlan choosingCashPlan;
    private final RecordingPayment recordingPayment;
    private final MarkingOverdue markingOverdue;
    private final CancellingInstalments cancelling;

    public AccountDecider(TuitionCatalog catalog) {
        this.opening = new OpeningAccount(catalog);
        this.choosingCashPlan = new ChoosingCashPlan(catalog);
        this.recordingPayment = new RecordingPayment(catalog);
        this.markingOverdue = new MarkingOverdue(catalog);
        this.cancelling = new CancellingInstalments(catalog);
    }

    public Decision<AccountEvent> decide(Optional<Account> current, AccountCommand command) {
        if (command instanceof OpenAccount open) {
            return current.isPresent()
                    ? Decision.conflict(ACCOUNT_ALREADY_OPEN, "A tuition account is already open for this student.")
                    : opening.decide(open);
        }
        if (current.isEmpty()) {
            return Decision.notFound(ACCOUNT_NOT_FOUND, "No tuition account for student " + command.studentId() + ".");
        }
        var account = current.get();
        Decision<AccountEvent> decision = decideOn(account, command);
        if (decision instanceof Decision.Accepted<AccountEvent> accepted) {
            return Decision.accept(withSettlement(account, accepted.events(), command.issuedAt()));
        }
        return decision;
    }

    private Decision<AccountEvent> decideOn(Account account, AccountCommand command) {
        if (command instanceof ChooseCashPlan choose) {
            return choosingCashPlan.decide(account, choose);
        }
        if (command instanceof RecordPayment payment) {
            return recordingPayment.decide(account, payment);
        }
        if (command instanceof RefundCredit refund) {
            return RefundingCredit.decide(account, refund);
        }
        if (command instanceof MarkOverdue mark) {
            return Decision.accept(markingOverdue.decide(account, mark));
        }
        if (command instanceof SwitchPayerToEmployer contract) {
            return Decision.accept(SwitchingPayer.decide(account, contract));
        }
        if (command instanceof CancelFutureInstalments cancel) {
            return Decision.accept(cancelling.decide(account, cancel));
        }
        throw new IllegalArgumentException("Unknown account command " + command);
    }

    /**
     * Adds {@code TuitionSettled} when the command's events leave nothing owed on an account that was not settled: once
     * per time the balance reaches zero (a work-study contract may reopen a settled account for the employer).
     */
    private static List<AccountEvent> withSettlement(Account before, List<AccountEvent> events, Instant at) {
        if (events.isEmpty()) {
            return events;
        }
        var after = before;
        for (var event : events) {
            after = Account.evolve(after, event);
        }
        if (after.closing().settled() || after.owed().signum() != 0) {
            return events;
        }
        var settled = new ArrayList<>(events);
        settled.add(new TuitionSettled(before.studentId(), at, after.paid()));
        return settled;
    }

    public Account evolve(Optional<Account> current, AccountEvent event) {
        return Account.evolve(current.orElse(null), event);
    }
}
