package edu.lifecycle.servicekit.ledger.account;

import java.time.Instant;

/**
 * What can be asked of an account. A deposit's or withdrawal's {@code reference} is the command's id: one intent, one
 * movement.
 */
public sealed interface AccountCommand {

    String accountId();

    Instant issuedAt();

    record OpenAccount(String accountId, String owner, Instant issuedAt) implements AccountCommand {}

    record Deposit(String accountId, String reference, long amount, Instant issuedAt) implements AccountCommand {}

    record Withdraw(String accountId, String reference, long amount, Instant issuedAt) implements AccountCommand {}
}
