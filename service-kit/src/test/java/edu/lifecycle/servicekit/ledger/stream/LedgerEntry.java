package edu.lifecycle.servicekit.ledger.stream;

/** What the ledger publishes for each account event. */
public record LedgerEntry(String accountId, String kind, long amount) {}
