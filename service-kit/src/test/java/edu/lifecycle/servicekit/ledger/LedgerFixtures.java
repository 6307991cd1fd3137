package edu.lifecycle.servicekit.ledger;

import java.util.Map;

/** Command payloads in the shape the ledger's web layer sends them. */
public final class LedgerFixtures {

    private LedgerFixtures() {}

    public static Map<String, Object> opening(String accountId, String owner) {
        return Map.of("accountId", accountId, "owner", owner);
    }

    public static Map<String, Object> amount(long amount) {
        return Map.of("amount", amount);
    }
}
