package edu.lifecycle.curriculum.graduation.stream;

import edu.lifecycle.curriculum.graduation.GraduationReadiness;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Keeps a programme year's readiness list, one row per student, from the changes its students' checklists send under
 * the programme year's key. A change replaces or removes the student's row, so applying it twice changes nothing.
 */
final class ReadinessProjector implements Processor<String, ReadinessChange, Void, Void> {

    private KeyValueStore<String, GraduationReadiness> lines;

    static ProcessorSupplier<String, ReadinessChange, Void, Void> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ReadinessChange, Void, Void> get() {
                return new ReadinessProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(ReadModelStores.keyValue(GraduationTopology.READINESS_STORE, GraduationReadiness.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        lines = context.getStateStore(GraduationTopology.READINESS_STORE);
    }

    @Override
    public void process(Record<String, ReadinessChange> record) {
        var change = record.value();
        if (record.key() == null || change == null) {
            return;
        }
        var key = ReadinessRows.rowKey(record.key(), change.studentId());
        if (change.line() == null) {
            lines.delete(key);
        } else {
            lines.put(key, change.line());
        }
    }
}
