package edu.lifecycle.placement.cohort.stream;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The stores of the cohort plumbing and the key layout shared by the cohort read models. {@link #STUDENT_ROWS} is
 * partitioned by student id; everything after the repartition by {@code programme/year}, so one instance holds a
 * whole programme year and answers a list from its own store.
 */
public final class CohortStores {

    /** Student id → the student's {@code StudentRow}. */
    public static final String STUDENT_ROWS = "placement-student-rows";

    /** {@code programme/year|studentId} → the row last received, to tell what a new one changes. */
    public static final String COHORT_ROWS = "placement-cohort-rows";

    private static final String SEPARATOR = "|";

    private CohortStores() {}

    /** Every key of the cohort; the separator keeps {@code M2-ISD/2026-2027} from matching a longer name. */
    public static String cohortPrefix(Cohort cohort) {
        return cohort.key() + SEPARATOR;
    }

    public static String studentKey(Cohort cohort, String studentId) {
        return cohortPrefix(cohort) + studentId;
    }

    /** Whether any student's row is kept for the cohort, i.e. its record opened (or its degree named it). */
    public static boolean hasStudents(ReadOnlyKeyValueStore<String, ?> cohortRows, Cohort cohort) {
        try (var rows =
                cohortRows.prefixScan(cohortPrefix(cohort), Serdes.String().serializer())) {
            return rows.hasNext();
        }
    }

    public static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Class<V> type) {
        return ReadModelStores.keyValue(name, type);
    }
}
