package edu.lifecycle.placement.workstudy.stream;

import edu.lifecycle.placement.cohort.RowChange;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.cohort.stream.CohortReadModel;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.workstudy.WorkStudyNumbers;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/** Counts a programme year's work-study from the difference each student's new row makes. */
public final class WorkStudyProjector implements Processor<String, RowChange, Void, Void> {

    /** {@code programme/year} → {@link WorkStudyNumbers}. */
    public static final String STORE = "work-study-numbers";

    private KeyValueStore<String, WorkStudyNumbers> numbers;

    /** This read model, as the cohort plumbing runs it on every row change. */
    public static CohortReadModel readModel() {
        return new CohortReadModel("work-study-projector", supplier());
    }

    static ProcessorSupplier<String, RowChange, Void, Void> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, RowChange, Void, Void> get() {
                return new WorkStudyProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(CohortStores.store(STORE, WorkStudyNumbers.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        numbers = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, RowChange> record) {
        var before = record.value().before();
        var after = record.value().after();
        var cohort = after.cohort();
        var current = numbers.get(cohort.key());
        var base = current == null ? WorkStudyNumbers.none(cohort.programme(), cohort.academicYear()) : current;
        numbers.put(
                cohort.key(),
                base.plus(
                        flag(after.enrolled()) - flag(before != null && before.enrolled()),
                        flag(after.withdrawn()) - flag(before != null && before.withdrawn()),
                        flag(underContract(after)) - flag(underContract(before)),
                        contracts(after) - contracts(before)));
    }

    private static boolean underContract(StudentRow row) {
        return row != null && !row.contracts().isEmpty();
    }

    private static int contracts(StudentRow row) {
        return row == null ? 0 : row.contracts().size();
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }
}
