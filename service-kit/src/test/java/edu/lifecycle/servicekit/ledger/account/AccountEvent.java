package edu.lifecycle.servicekit.ledger.account;

import java.time.Instant;

/** What happened to an account. */
public sealed interface AccountEvent {

    String accountId();

    record AccountOpened(String accountId, String owner) implements AccountEvent {}

    record Deposited(String accountId, String reference, long amount, Instant at) implements AccountEvent {}

    record Withdrawn(String accountId, String reference, long amount) implements AccountEvent {}
}
