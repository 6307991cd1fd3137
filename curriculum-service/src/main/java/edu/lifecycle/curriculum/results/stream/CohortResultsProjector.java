package edu.lifecycle.curriculum.results.stream;

import edu.lifecycle.curriculum.results.CohortTally;
import edu.lifecycle.curriculum.results.StudentResults;
import edu.lifecycle.servicekit.stream.Projection;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a programme year's tally from its students' results. Each row replaces the same student's previous one, so a
 * row received twice changes nothing.
 */
final class CohortResultsProjector {

    private CohortResultsProjector() {}

    static Projection<String, StudentResults, Void, Void> supplier() {
        return Projection.of(
                CohortResultsProjector::apply,
                ReadModelStores.keyValue(ResultsTopology.ROWS_STORE, StudentResults.class),
                ReadModelStores.keyValue(ResultsTopology.COHORTS_STORE, CohortTally.class));
    }

    private static void apply(Record<String, StudentResults> record, Projection.Target<Void, Void> target) {
        var row = record.value();
        if (row == null) {
            return;
        }
        KeyValueStore<String, StudentResults> rows = target.store(ResultsTopology.ROWS_STORE);
        KeyValueStore<String, CohortTally> tallies = target.store(ResultsTopology.COHORTS_STORE);
        var cohort = row.cohort();
        var rowKey = cohort.key() + "|" + row.studentId();
        var before = rows.get(rowKey);
        if (row.equals(before)) {
            return;
        }
        var tally = tallies.get(cohort.key());
        tallies.put(cohort.key(), (tally == null ? CohortTally.empty(cohort) : tally).replacing(before, row));
        rows.put(rowKey, row);
    }
}
