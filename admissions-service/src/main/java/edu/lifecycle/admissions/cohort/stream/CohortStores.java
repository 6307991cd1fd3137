package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.admissions.cohort.ApplicationStage;
import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.CohortRow;
import edu.lifecycle.admissions.cohort.CohortStudent;
import edu.lifecycle.admissions.cohort.FunnelCounts;
import edu.lifecycle.admissions.cohort.PipelineEntry;
import edu.lifecycle.admissions.cohort.RosterEntry;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The cohort stores, their names and key layouts. {@link #STUDENTS} is partitioned by student id like the public
 * topics; the others by {@code programme/year} (the repartition key), so one instance holds a whole programme year
 * and answers a list from its own store. Keys within a programme year start with {@code programme/year|}.
 */
public final class CohortStores {

    /** Student id → {@link CohortStudent}. */
    public static final String STUDENTS = "cohort-students";

    /** {@code programme/year|studentId} → the student's last {@link CohortRow}, to tell what a new row changes. */
    public static final String ROWS = "cohort-rows";

    /** {@code programme/year|STATUS|studentId} → {@link PipelineEntry}. */
    public static final String PIPELINE = "cohort-pipeline";

    /** {@code programme/year} → {@link FunnelCounts}. */
    public static final String FUNNELS = "cohort-funnels";

    /** {@code programme/year|studentId} → {@link RosterEntry}, enrolled students only. */
    public static final String ROSTERS = "cohort-rosters";

    private static final String SEPARATOR = "|";

    private CohortStores() {}

    static String studentKey(Cohort cohort, String studentId) {
        return cohortPrefix(cohort) + studentId;
    }

    static String pipelineKey(Cohort cohort, ApplicationStage status, String studentId) {
        return statusPrefix(cohort, status) + studentId;
    }

    /** Every key of the cohort; the separator keeps {@code M2-ISD/2026-2027} from matching a longer year. */
    static String cohortPrefix(Cohort cohort) {
        return cohort.key() + SEPARATOR;
    }

    static String statusPrefix(Cohort cohort, ApplicationStage status) {
        return cohortPrefix(cohort) + status.name() + SEPARATOR;
    }

    static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Class<V> type) {
        return ReadModelStores.keyValue(name, type);
    }
}
