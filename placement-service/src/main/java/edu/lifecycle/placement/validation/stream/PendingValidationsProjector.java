package edu.lifecycle.placement.validation.stream;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.RowChange;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.cohort.stream.CohortReadModel;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.validation.PendingValidation;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Keeps a programme year's unvalidated placements keyed {@code programme/year|lastDay|student|placement}, so the
 * store's order is oldest end first. Whether one has ended depends on the day it is read, so the query decides that.
 */
public final class PendingValidationsProjector implements Processor<String, RowChange, Void, Void> {

    /** {@code programme/year|lastDay|studentId|placementId} → {@link PendingValidation}. */
    public static final String STORE = "pending-validations";

    private KeyValueStore<String, PendingValidation> pending;

    /** This read model, as the cohort plumbing runs it on every row change. */
    public static CohortReadModel readModel() {
        return new CohortReadModel("pending-validations-projector", supplier());
    }

    static ProcessorSupplier<String, RowChange, Void, Void> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, RowChange, Void, Void> get() {
                return new PendingValidationsProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(CohortStores.store(STORE, PendingValidation.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        pending = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, RowChange> record) {
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
