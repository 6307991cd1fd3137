package edu.lifecycle.billing.overdue.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.stream.AccountAggregate;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.stream.PunctuationOnly;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * On a wall-clock schedule, scans the accounts of its partitions, as the aggregate holds them, and forwards a
 * {@code mark-overdue} command, keyed by student, for each account with a line that has become overdue: time is read
 * from the injected clock, never from the system. It runs in the aggregate's own task, so it reads the aggregate's
 * state (never writing it) and remembers the day it asked each account in a store of its own, committed with the
 * commands it sends: an account is asked once a day at most, restarts included.
 */
final class OverdueScanProcessor
        implements Processor<String, CommandEnvelope, String, CommandEnvelope>, PunctuationOnly {

    private final OverdueScan scan;
    private final Clock clock;
    private final Duration interval;
    private ProcessorContext<String, CommandEnvelope> context;
    private KeyValueStore<String, Account> accounts;
    private KeyValueStore<String, LocalDate> asked;

    private OverdueScanProcessor(OverdueScan scan, Clock clock, Duration interval) {
        this.scan = scan;
        this.clock = clock;
        this.interval = interval;
    }

    static ProcessorSupplier<String, CommandEnvelope, String, CommandEnvelope> supplier(
            OverdueScan scan, Clock clock, Duration interval) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, CommandEnvelope, String, CommandEnvelope> get() {
                return new OverdueScanProcessor(scan, clock, interval);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                StoreBuilder<?> asked = Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(OverdueScanTopology.ASKED_STORE),
                        Serdes.String(),
                        AskedDay.serde());
                return Set.of(asked);
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, CommandEnvelope> context) {
        this.context = context;
        this.accounts = context.getStateStore(AccountAggregate.STATE_STORE);
        this.asked = context.getStateStore(OverdueScanTopology.ASKED_STORE);
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, this::scanForOverdueLines);
    }

    /**
     * The commands themselves are the aggregate's: this processor is in their task only to punctuate there (hence
     * {@link PunctuationOnly}: no span of its own for each command).
     */
    @Override
    public void process(Record<String, CommandEnvelope> record) {}

    private void scanForOverdueLines(long timestamp) {
        var now = clock.instant();
        var today = scan.today(now);
        var askedToday = new ArrayList<String>();
        try (var entries = accounts.all()) {
            while (entries.hasNext()) {
                var entry = entries.next();
                if (today.equals(asked.get(entry.key))) {
                    continue;
                }
                scan.check(entry.value, today, now).ifPresent(command -> {
                    context.forward(new Record<>(entry.key, command, timestamp));
                    askedToday.add(entry.key);
                });
            }
        }
        askedToday.forEach(student -> asked.put(student, today));
    }
}
