package edu.lifecycle.billing.receivables.stream;

import edu.lifecycle.billing.receivables.Cohort;
import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The read-model stores and their key layouts, partitioned by {@code programme/year} (the repartition key), so one
 * instance answers a programme year from its own stores. Keys within a programme year start with
 * {@code programme/year|}.
 */
public final class ReceivablesStores {

    /** {@code programme/year|studentId} → the student's last share, to tell what a new one changes. */
    public static final String SHARES = "receivables-shares";

    /** {@code programme/year} → the programme year's receivables. */
    public static final String RECEIVABLES = "receivables";

    /** {@code programme/year|dueOn|studentId|lineId} → {@link OverdueLine}: ISO dates sort oldest first. */
    public static final String OVERDUE = "overdue-lines";

    private static final String SEPARATOR = "|";

    private ReceivablesStores() {}

    /** Every key of the programme year; the separator keeps one year from matching a longer one. */
    public static String cohortPrefix(Cohort cohort) {
        return cohort.key() + SEPARATOR;
    }

    static String shareKey(Cohort cohort, String studentId) {
        return cohortPrefix(cohort) + studentId;
    }

    static String overdueKey(Cohort cohort, OverdueLine line) {
        return cohortPrefix(cohort) + line.dueOn() + SEPARATOR + line.studentId() + SEPARATOR + line.lineId();
    }

    static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Class<V> type) {
        return ReadModelStores.keyValue(name, type);
    }
}
