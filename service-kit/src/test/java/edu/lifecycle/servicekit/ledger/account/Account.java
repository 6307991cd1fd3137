package edu.lifecycle.servicekit.ledger.account;

import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.ledger.account.AccountCommand.Deposit;
import edu.lifecycle.servicekit.ledger.account.AccountCommand.OpenAccount;
import edu.lifecycle.servicekit.ledger.account.AccountCommand.Withdraw;
import edu.lifecycle.servicekit.ledger.account.AccountEvent.AccountOpened;
import edu.lifecycle.servicekit.ledger.account.AccountEvent.Deposited;
import edu.lifecycle.servicekit.ledger.account.AccountEvent.Withdrawn;

/** An account: opened once, never overdrawn. */
public record Account(String id, String owner, long balance, boolean open) {

    public static Account unopened(String id) {
        return new Account(id, null, 0, false);
    }

    public Decision<AccountEvent> decide(AccountCommand command) {
        if (command instanceof OpenAccount openAccount) {
            return open
                    ? Decision.conflict("account-already-open", "Account " + id + " is already open.")
                    : Decision.accept(new AccountOpened(id, openAccount.owner()));
        }
        if (!open) {
            return Decision.notFound("account-must-exist", "There is no open account " + id + ".");
        }
        if (command instanceof Deposit deposit) {
            return Decision.accept(new Deposited(id, deposit.reference(), deposit.amount(), deposit.issuedAt()));
        }
        var withdraw = (Withdraw) command;
        if (withdraw.amount() > balance) {
            return Decision.ruleBroken(
                    "balance-must-cover-withdrawal",
                    "Withdrawing " + withdraw.amount() + " would overdraw a balance of " + balance + ".");
        }
        return Decision.accept(new Withdrawn(id, withdraw.reference(), withdraw.amount()));
    }

    public Account evolve(AccountEvent event) {
        if (event instanceof AccountOpened opened) {
            return new Account(id, opened.owner(), 0, true);
        }
        if (event instanceof Deposited deposited) {
            return new Account(id, owner, balance + deposited.amount(), open);
        }
        return new Account(id, owner, balance - ((Withdrawn) event).amount(), open);
    }
}
