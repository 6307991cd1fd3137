package edu.lifecycle.servicekit.ledger;

import edu.lifecycle.servicekit.ledger.account.AccountCommand;
import edu.lifecycle.servicekit.ledger.stream.AccountCommandFormat;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Command payloads in the shape the ledger's web layer sends them. */
public final class LedgerFixtures {

    private LedgerFixtures() {}

    /** What {@code open-account} carries: the account id travels as the envelope's key, not in the payload. */
    public static JsonNode opening(String accountId, String owner) {
        return AccountCommandFormat.CODEC.payload(new AccountCommand.OpenAccount(accountId, owner, Instant.EPOCH));
    }

    public static Map<String, Object> amount(long amount) {
        return Map.of("amount", amount);
    }
}
