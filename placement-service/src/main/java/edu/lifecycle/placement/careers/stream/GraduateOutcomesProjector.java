package edu.lifecycle.placement.careers.stream;

import edu.lifecycle.placement.careers.GraduateOutcomes;
import edu.lifecycle.placement.cohort.RowChange;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.cohort.stream.CohortReadModel;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/** Counts a programme year's graduates and first positions from the difference each student's new row makes. */
public final class GraduateOutcomesProjector implements Processor<String, RowChange, Void, Void> {

    /** {@code programme/year} → {@link GraduateOutcomes}. */
    public static final String STORE = "graduate-outcomes";

    private KeyValueStore<String, GraduateOutcomes> outcomes;

    /** This read model, as the cohort plumbing runs it on every row change. */
    public static CohortReadModel readModel() {
        return new CohortReadModel("graduate-outcomes-projector", supplier());
    }

    static ProcessorSupplier<String, RowChange, Void, Void> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, RowChange, Void, Void> get() {
                return new GraduateOutcomesProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(CohortStores.store(STORE, GraduateOutcomes.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        outcomes = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, RowChange> record) {
        var before = record.value().before();
        var after = record.value().after();
        if (graduated(before) == graduated(after) && outcome(before) == null && outcome(after) == null) {
            return;
        }
        var cohort = after.cohort();
        var current = outcomes.get(cohort.key());
        var counts = current == null ? GraduateOutcomes.none(cohort.programme(), cohort.academicYear()) : current;
        var takenBack = outcome(before);
        if (takenBack != null) {
            counts = counts.plus(0, takenBack.sector(), takenBack.monthsAfterGraduation(), -1);
        }
        var added = outcome(after);
        int newGraduates = (graduated(after) ? 1 : 0) - (graduated(before) ? 1 : 0);
        counts = added == null
                ? counts.plus(newGraduates, null, 0, 0)
                : counts.plus(newGraduates, added.sector(), added.monthsAfterGraduation(), 1);
        outcomes.put(cohort.key(), counts);
    }

    private static boolean graduated(StudentRow row) {
        return row != null && row.graduated();
    }

    private static StudentRow.Outcome outcome(StudentRow row) {
        return row == null ? null : row.outcome();
    }
}
