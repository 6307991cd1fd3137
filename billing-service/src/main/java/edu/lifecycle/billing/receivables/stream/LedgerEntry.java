package edu.lifecycle.billing.receivables.stream;

import edu.lifecycle.billing.account.Account;
import java.time.LocalDate;
import java.util.List;

/**
 * A student's account as folded from the published events; the ids of the events folded, so an event delivered
 * again changes nothing (a student has a few dozen events at most); and the day the overdue scan last asked the
 * account to mark its overdue lines, so a scan running every minute asks once a day at most.
 */
public record LedgerEntry(Account account, List<String> foldedEventIds, LocalDate overdueCheckRequestedOn) {

    public LedgerEntry {
        foldedEventIds = foldedEventIds == null ? List.of() : List.copyOf(foldedEventIds);
    }

    boolean folded(String eventId) {
        return foldedEventIds.contains(eventId);
    }

    LedgerEntry checkedForOverdueOn(LocalDate day) {
        return new LedgerEntry(account, foldedEventIds, day);
    }
}
