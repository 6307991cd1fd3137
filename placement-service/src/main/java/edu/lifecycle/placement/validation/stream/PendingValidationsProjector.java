package edu.lifecycle.placement.validation.stream;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.RowChange;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.cohort.stream.CohortReadModel;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.validation.PendingValidation;
import edu.lifecycle.servicekit.stream.Projection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a programme year's unvalidated placements keyed {@code programme/year|lastDay|student|placement}, so the
 * store's order is oldest end first. Whether one has ended depends on the day it is read, so the query decides that.
 */
public final class PendingValidationsProjector {

    /** {@code programme/year|lastDay|studentId|placementId} → {@link PendingValidation}. */
    public static final String STORE = "pending-validations";

    private PendingValidationsProjector() {}

    /** This read model, as the cohort plumbing runs it on every row change. */
    public static CohortReadModel readModel() {
        return new CohortReadModel("pending-validations-projector", supplier());
    }

    static Projection<String, RowChange, Void, Void> supplier() {
        return Projection.of(PendingValidationsProjector::project, CohortStores.store(STORE, PendingValidation.class));
    }

    private static void project(Record<String, RowChange> record, Projection.Target<Void, Void> target) {
        KeyValueStore<String, PendingValidation> pending = target.store(STORE);
        var before = entries(record.value().before());
        var after = entries(record.value().after());
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(pending::delete);
        after.forEach(pending::put);
    }

    private static Map<String, PendingValidation> entries(StudentRow row) {
        var entries = new HashMap<String, PendingValidation>();
        if (row == null) {
            return entries;
        }
        for (StudentRow.Unvalidated placement : row.pendingValidations()) {
            entries.put(
                    key(row.cohort(), placement, row.studentId()),
                    new PendingValidation(
                            row.studentId(),
                            placement.placementId(),
                            placement.kind(),
                            placement.organisation(),
                            placement.startOn(),
                            placement.lastDay()));
        }
        return entries;
    }

    private static String key(Cohort cohort, StudentRow.Unvalidated placement, String studentId) {
        // ISO dates sort as text in date order.
        return CohortStores.cohortPrefix(cohort) + placement.lastDay() + "|" + studentId + "|"
                + placement.placementId();
    }
}
