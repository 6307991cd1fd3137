package edu.lifecycle.servicekit.ledger.account;

import java.time.Instant;

/** What can be asked of an account. */
public sealed interface AccountCommand {

    record OpenAccount(String owner) implements AccountCommand {}

    record Deposit(String reference, long amount, Instant at) implements AccountCommand {}

    record Withdraw(String reference, long amount) implements AccountCommand {}
}
