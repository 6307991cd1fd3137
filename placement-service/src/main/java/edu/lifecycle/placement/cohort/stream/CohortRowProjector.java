package edu.lifecycle.placement.cohort.stream;

import edu.lifecycle.placement.cohort.RowChange;
import edu.lifecycle.placement.cohort.StudentRow;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * On the cohort's side of the repartition: remembers each student's last row and passes on what changed, so the
 * read models downstream apply differences and a row received twice changes nothing.
 */
final class CohortRowProjector implements Processor<String, StudentRow, String, RowChange> {

    private ProcessorContext<String, RowChange> context;
    private KeyValueStore<String, StudentRow> rows;

    static ProcessorSupplier<String, StudentRow, String, RowChange> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, StudentRow, String, RowChange> get() {
                return new CohortRowProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(CohortStores.store(CohortStores.COHORT_ROWS, StudentRow.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, RowChange> context) {
        this.context = context;
        rows = context.getStateStore(CohortStores.COHORT_ROWS);
    }

    @Override
    public void process(Record<String, StudentRow> record) {
        var row = record.value();
        if (row == null || row.cohort() == null) {
            return;
        }
        var key = CohortStores.studentKey(row.cohort(), row.studentId());
        var before = rows.get(key);
        if (row.equals(before)) {
            return;
        }
        rows.put(key, row);
        context.forward(record.withValue(new RowChange(before, row)));
    }
}
