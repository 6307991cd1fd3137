package edu.lifecycle.servicekit.ledger.stream;

/** The JSON payloads of account commands, as the web layer and the policy write them. */
final class AccountPayloads {

    private AccountPayloads() {}

    record Opening(String owner) {}

    record Amount(long amount) {}
}
