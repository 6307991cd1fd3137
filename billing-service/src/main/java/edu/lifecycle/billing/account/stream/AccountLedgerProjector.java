package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.AccountEvent.TuitionAccountOpened;
import edu.lifecycle.servicekit.stream.Projection;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds {@code billing.events} into each student's account with the domain's own {@code evolve}, and forwards the
 * account, keyed by student, each time an event changed it; an event delivered again changes and forwards nothing.
 */
final class AccountLedgerProjector {

    private static final Logger log = LoggerFactory.getLogger(AccountLedgerProjector.class);

    private AccountLedgerProjector() {}

    static Projection<String, SpecificRecord, String, Account> supplier() {
        return Projection.of(
                AccountLedgerProjector::project,
                ReadModelStores.keyValue(AccountLedger.STORE, AccountStores.ledgerEntries()));
    }

    private static void project(Record<String, SpecificRecord> record, Projection.Target<String, Account> target) {
        var event = record.value() == null
                ? null
                : PublishedAccountEvents.fromAvro(record.value()).orElse(null);
        if (event == null) {
            return;
        }
        KeyValueStore<String, LedgerEntry> ledger = target.store(AccountLedger.STORE);
        var entry = ledger.get(record.key());
        var eventId = eventId(record.value());
        if (entry != null && entry.folded(eventId)) {
            return;
        }
        if (entry == null && !(event instanceof TuitionAccountOpened)) {
            // Cannot happen while billing is the only writer of its topic; keep going rather than stop the stream.
            log.warn(
                    "Ignoring {} for {}: no account opened before it",
                    event.getClass().getSimpleName(),
                    record.key());
            return;
        }
        Account account = Account.evolve(entry == null ? null : entry.account(), event);
        var folded = new ArrayList<>(entry == null ? List.<String>of() : entry.foldedEventIds());
        folded.add(eventId);
        ledger.put(record.key(), new LedgerEntry(account, folded));
        // With the event's headers: its trace goes on through the repartition to the cohort views.
        target.forward(record.withValue(account));
    }

    private static String eventId(SpecificRecord event) {
        return String.valueOf(event.get(event.getSchema().getField("eventId").pos()));
    }
}
