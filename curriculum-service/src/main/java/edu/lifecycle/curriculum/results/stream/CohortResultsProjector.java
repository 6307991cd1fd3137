package edu.lifecycle.curriculum.results.stream;

import edu.lifecycle.curriculum.results.CohortTally;
import edu.lifecycle.curriculum.results.StudentResults;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Keeps a programme year's tally from its students' results. Each row replaces the same student's previous one, so a
 * row received twice changes nothing.
 */
final class CohortResultsProjector implements Processor<String, StudentResults, Void, Void> {

    private KeyValueStore<String, StudentResults> rows;
    private KeyValueStore<String, CohortTally> tallies;

    static ProcessorSupplier<String, StudentResults, Void, Void> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, StudentResults, Void, Void> get() {
                return new CohortResultsProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        ReadModelStores.keyValue(ResultsTopology.ROWS_STORE, StudentResults.class),
                        ReadModelStores.keyValue(ResultsTopology.COHORTS_STORE, CohortTally.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        rows = context.getStateStore(ResultsTopology.ROWS_STORE);
        tallies = context.getStateStore(ResultsTopology.COHORTS_STORE);
    }

    @Override
    public void process(Record<String, StudentResults> record) {
        var row = record.value();
        if (row == null) {
            return;
        }
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
