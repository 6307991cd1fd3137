package edu.lifecycle.servicekit.ledger.stream;

import edu.lifecycle.servicekit.ledger.account.Account;

/** An account as clients see it. */
public record AccountView(String id, String owner, long balance) {

    public static AccountView of(Account account) {
        return new AccountView(account.id(), account.owner(), account.balance());
    }
}
