package edu.lifecycle.billing.receivables.stream;

import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.billing.receivables.Receivables;
import edu.lifecycle.billing.receivables.StudentReceivables;
import edu.lifecycle.servicekit.stream.Projection;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a programme year's receivables and overdue list from its students' shares. Each share is compared with the
 * same student's previous one, so a share received twice changes nothing.
 */
final class ReceivablesProjector {

    private ReceivablesProjector() {}

    static Projection<String, StudentReceivables, Void, Void> supplier() {
        return Projection.of(
                ReceivablesProjector::project,
                ReceivablesStores.store(ReceivablesStores.SHARES, StudentReceivables.class),
                ReceivablesStores.store(ReceivablesStores.RECEIVABLES, Receivables.class),
                ReceivablesStores.store(ReceivablesStores.OVERDUE, OverdueLine.class));
    }

    private static void project(Record<String, StudentReceivables> record, Projection.Target<Void, Void> target) {
        var share = record.value();
        if (share == null) {
            return;
        }
        KeyValueStore<String, StudentReceivables> shares = target.store(ReceivablesStores.SHARES);
        KeyValueStore<String, Receivables> receivables = target.store(ReceivablesStores.RECEIVABLES);
        KeyValueStore<String, OverdueLine> overdue = target.store(ReceivablesStores.OVERDUE);
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
