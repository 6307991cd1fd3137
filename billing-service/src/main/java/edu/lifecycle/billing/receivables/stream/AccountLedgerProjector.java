package edu.lifecycle.billing.receivables.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.AccountEvent.TuitionAccountOpened;
import edu.lifecycle.billing.account.stream.PublishedAccountEvents;
import edu.lifecycle.billing.overdue.stream.OverdueScan;
import edu.lifecycle.billing.receivables.StudentReceivables;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds {@code billing.events} into each student's account with the domain's own {@code evolve}, and forwards the
 * student's new share of the receivables, keyed by programme year. On a wall-clock schedule it scans the accounts of
 * its partitions and forwards a {@code mark-overdue} command, keyed by student, for each account with a line that
 * has become overdue: time is read from the injected clock, never from the system.
 */
final class AccountLedgerProjector implements Processor<String, SpecificRecord, String, Object> {

    private static final Logger log = LoggerFactory.getLogger(AccountLedgerProjector.class);

    private final OverdueScan scan;
    private final Clock clock;
    private final Duration scanInterval;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, LedgerEntry> ledger;

    private AccountLedgerProjector(OverdueScan scan, Clock clock, Duration scanInterval) {
        this.scan = scan;
        this.clock = clock;
        this.scanInterval = scanInterval;
    }

    static ProcessorSupplier<String, SpecificRecord, String, Object> supplier(
            OverdueScan scan, Clock clock, Duration scanInterval) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, SpecificRecord, String, Object> get() {
                return new AccountLedgerProjector(scan, clock, scanInterval);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(ReceivablesStores.store(ReceivablesStores.LEDGER, LedgerEntry.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.ledger = context.getStateStore(ReceivablesStores.LEDGER);
        context.schedule(scanInterval, PunctuationType.WALL_CLOCK_TIME, this::scanForOverdueLines);
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        var event = record.value() == null
                ? null
                : PublishedAccountEvents.fromAvro(record.value()).orElse(null);
        if (event == null) {
            return;
        }
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
        ledger.put(
                record.key(), new LedgerEntry(account, folded, entry == null ? null : entry.overdueCheckRequestedOn()));
        var share = StudentReceivables.of(account);
        context.forward(new Record<>(share.cohort().key(), share, record.timestamp()));
    }

    private static String eventId(SpecificRecord event) {
        return String.valueOf(event.get(event.getSchema().getField("eventId").pos()));
    }

    private void scanForOverdueLines(long timestamp) {
        var now = clock.instant();
        var today = scan.today(now);
        var asked = new ArrayList<KeyValue<String, LedgerEntry>>();
        try (var entries = ledger.all()) {
            while (entries.hasNext()) {
                var entry = entries.next();
                if (today.equals(entry.value.overdueCheckRequestedOn())) {
                    continue;
                }
                scan.check(entry.value.account(), today, now).ifPresent(command -> {
                    context.forward(new Record<>(entry.key, command, timestamp));
                    asked.add(KeyValue.pair(entry.key, entry.value.checkedForOverdueOn(today)));
                });
            }
        }
        asked.forEach(update -> ledger.put(update.key, update.value));
    }
}
