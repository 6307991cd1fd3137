package edu.lifecycle.billing.receivables.stream;

import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.billing.receivables.Receivables;
import edu.lifecycle.billing.receivables.StudentReceivables;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Keeps a programme year's receivables and overdue list from its students' shares. Each share is compared with the
 * same student's previous one, so a share received twice changes nothing.
 */
final class ReceivablesProjector implements Processor<String, StudentReceivables, Void, Void> {

    private KeyValueStore<String, StudentReceivables> shares;
    private KeyValueStore<String, Receivables> receivables;
    private KeyValueStore<String, OverdueLine> overdue;

    static ProcessorSupplier<String, StudentReceivables, Void, Void> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, StudentReceivables, Void, Void> get() {
                return new ReceivablesProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        ReceivablesStores.store(ReceivablesStores.SHARES, StudentReceivables.class),
                        ReceivablesStores.store(ReceivablesStores.RECEIVABLES, Receivables.class),
                        ReceivablesStores.store(ReceivablesStores.OVERDUE, OverdueLine.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        shares = context.getStateStore(ReceivablesStores.SHARES);
        receivables = context.getStateStore(ReceivablesStores.RECEIVABLES);
        overdue = context.getStateStore(ReceivablesStores.OVERDUE);
    }

    @Override
    public void process(Record<String, StudentReceivables> record) {
        var share = record.value();
        if (share == null) {
            return;
        }
        var cohort = share.cohort();
        var shareKey = ReceivablesStores.shareKey(cohort, share.studentId());
        var before = shares.get(shareKey);
        if (share.equals(before)) {
            return;
        }
        var totals = receivables.get(cohort.key());
        receivables.put(cohort.key(), (totals == null ? Receivables.empty(cohort) : totals).replacing(before, share));
        if (before != null) {
            before.overdueLines().forEach(line -> overdue.delete(ReceivablesStores.overdueKey(cohort, line)));
        }
        share.overdueLines().forEach(line -> overdue.put(ReceivablesStores.overdueKey(cohort, line), line));
        shares.put(shareKey, share);
    }
}
