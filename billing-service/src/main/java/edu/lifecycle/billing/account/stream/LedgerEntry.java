package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.Account;
import java.util.List;

/**
 * A student's account as folded from the published events, and the ids of the events folded, so an event delivered
 * again changes nothing (a student has a few dozen events at most).
 */
public record LedgerEntry(Account account, List<String> foldedEventIds) {

    public LedgerEntry {
        foldedEventIds = foldedEventIds == null ? List.of() : List.copyOf(foldedEventIds);
    }

    boolean folded(String eventId) {
        return foldedEventIds.contains(eventId);
    }
}
