package edu.lifecycle.placement.cohort.stream;

import edu.lifecycle.placement.cohort.RowChange;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.servicekit.stream.Projection;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * On the cohort's side of the repartition: remembers each student's last row and passes on what changed, so the
 * read models downstream apply differences and a row received twice changes nothing.
 */
final class CohortRowProjector {

    private CohortRowProjector() {}

    static Projection<String, StudentRow, String, RowChange> supplier() {
        return Projection.of(
                CohortRowProjector::project, CohortStores.store(CohortStores.COHORT_ROWS, StudentRow.class));
    }

    private static void project(Record<String, StudentRow> record, Projection.Target<String, RowChange> target) {
        var row = record.value();
        if (row == null || row.cohort() == null) {
            return;
        }
        KeyValueStore<String, StudentRow> rows = target.store(CohortStores.COHORT_ROWS);
        var key = CohortStores.studentKey(row.cohort(), row.studentId());
        var before = rows.get(key);
        if (row.equals(before)) {
            return;
        }
        rows.put(key, row);
        target.forward(record.withValue(new RowChange(before, row)));
    }
}
