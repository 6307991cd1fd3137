package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.admissions.cohort.ApplicationStage;
import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.CohortRow;
import edu.lifecycle.admissions.cohort.FunnelCounts;
import edu.lifecycle.admissions.cohort.PipelineEntry;
import edu.lifecycle.admissions.cohort.RosterEntry;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Keeps a programme year's pipeline, funnel and roster from its students' rows. Each row is compared with the same
 * student's previous one, so a row received twice changes nothing and a stage is counted once per student.
 */
final class CohortRowProjector implements Processor<String, CohortRow, Void, Void> {

    private KeyValueStore<String, CohortRow> rows;
    private KeyValueStore<String, PipelineEntry> pipeline;
    private KeyValueStore<String, FunnelCounts> funnels;
    private KeyValueStore<String, RosterEntry> rosters;

    static ProcessorSupplier<String, CohortRow, Void, Void> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, CohortRow, Void, Void> get() {
                return new CohortRowProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        CohortStores.store(CohortStores.ROWS, CohortRow.class),
                        CohortStores.store(CohortStores.PIPELINE, PipelineEntry.class),
                        CohortStores.store(CohortStores.FUNNELS, FunnelCounts.class),
                        CohortStores.store(CohortStores.ROSTERS, RosterEntry.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        rows = context.getStateStore(CohortStores.ROWS);
        pipeline = context.getStateStore(CohortStores.PIPELINE);
        funnels = context.getStateStore(CohortStores.FUNNELS);
        rosters = context.getStateStore(CohortStores.ROSTERS);
    }

    @Override
    public void process(Record<String, CohortRow> record) {
        CohortRow row = record.value();
        if (row == null) {
            return;
        }
        Cohort cohort = row.cohort();
        String rowKey = CohortStores.studentKey(cohort, row.studentId());
        CohortRow before = rows.get(rowKey);
        if (row.equals(before)) {
            return;
        }
        movePipelineEntry(cohort, before, row);
        countNewStages(cohort, before, row);
        if (row.roster() != null) {
            rosters.put(rowKey, row.roster());
        }
        rows.put(rowKey, row);
    }

    private void movePipelineEntry(Cohort cohort, CohortRow before, CohortRow row) {
        if (before != null && before.status() != row.status()) {
            pipeline.delete(CohortStores.pipelineKey(cohort, before.status(), row.studentId()));
        }
        pipeline.put(CohortStores.pipelineKey(cohort, row.status(), row.studentId()), row.pipelineEntry());
    }

    private void countNewStages(Cohort cohort, CohortRow before, CohortRow row) {
        Set<ApplicationStage> reached = row.stagesReachedSince(before);
        if (reached.isEmpty()) {
            return;
        }
        FunnelCounts counts = funnels.get(cohort.key());
        funnels.put(cohort.key(), (counts == null ? FunnelCounts.empty(cohort) : counts).counting(reached));
    }
}
