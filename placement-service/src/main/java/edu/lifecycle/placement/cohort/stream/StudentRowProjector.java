package edu.lifecycle.placement.cohort.stream;

import edu.lifecycle.placement.cohort.StudentRow;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Keeps each student's row, partitioned by student id like the public topics, and forwards it re-keyed by its
 * cohort once the cohort is known and the row changed.
 */
final class StudentRowProjector implements Processor<String, SpecificRecord, String, StudentRow> {

    private ProcessorContext<String, StudentRow> context;
    private KeyValueStore<String, StudentRow> rows;

    static ProcessorSupplier<String, SpecificRecord, String, StudentRow> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, SpecificRecord, String, StudentRow> get() {
                return new StudentRowProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(CohortStores.store(CohortStores.STUDENT_ROWS, StudentRow.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, StudentRow> context) {
        this.context = context;
        rows = context.getStateStore(CohortStores.STUDENT_ROWS);
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        var before = rows.get(record.key());
        var row = StudentRows.fold(before == null ? StudentRow.none(record.key()) : before, record.value());
        if (row.equals(before) || (before == null && row.equals(StudentRow.none(record.key())))) {
            return;
        }
        rows.put(record.key(), row);
        if (row.cohort() != null) {
            context.forward(record.withKey(row.cohort().key()).withValue(row));
        }
    }
}
