package edu.lifecycle.curriculum.graduation.stream;

import edu.lifecycle.curriculum.graduation.GraduationReadiness;
import edu.lifecycle.servicekit.stream.Projection;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a programme year's readiness list, one row per student, from the changes its students' checklists send under
 * the programme year's key. A change replaces or removes the student's row, so applying it twice changes nothing.
 */
final class ReadinessProjector {

    private ReadinessProjector() {}

    static Projection<String, ReadinessChange, Void, Void> supplier() {
        return Projection.of(
                ReadinessProjector::apply,
                ReadModelStores.keyValue(GraduationTopology.READINESS_STORE, GraduationReadiness.class));
    }

    private static void apply(Record<String, ReadinessChange> record, Projection.Target<Void, Void> target) {
        var change = record.value();
        if (record.key() == null || change == null) {
            return;
        }
        KeyValueStore<String, GraduationReadiness> lines = target.store(GraduationTopology.READINESS_STORE);
        var key = ReadinessRows.rowKey(record.key(), change.studentId());
        if (change.line() == null) {
            lines.delete(key);
        } else {
            lines.put(key, change.line());
        }
    }
}
