package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.admissions.cohort.ApplicationStage;
import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.CohortRow;
import edu.lifecycle.admissions.cohort.FunnelCounts;
import edu.lifecycle.admissions.cohort.PipelineEntry;
import edu.lifecycle.admissions.cohort.RosterEntry;
import edu.lifecycle.servicekit.stream.Projection;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a programme year's pipeline, funnel and roster from its students' rows. Each row is compared with the same
 * student's previous one, so a row received twice changes nothing and a stage is counted once per student.
 */
final class CohortRowProjector {

    private CohortRowProjector() {}

    static Projection<String, CohortRow, Void, Void> supplier() {
        return Projection.of(
                CohortRowProjector::project,
                CohortStores.store(CohortStores.ROWS, CohortRow.class),
                CohortStores.store(CohortStores.PIPELINE, PipelineEntry.class),
                CohortStores.store(CohortStores.FUNNELS, FunnelCounts.class),
                CohortStores.store(CohortStores.ROSTERS, RosterEntry.class));
    }

    private static void project(Record<String, CohortRow> record, Projection.Target<Void, Void> target) {
        CohortRow row = record.value();
        if (row == null) {
            return;
        }
        KeyValueStore<String, CohortRow> rows = target.store(CohortStores.ROWS);
        Cohort cohort = row.cohort();
        String rowKey = CohortStores.studentKey(cohort, row.studentId());
        CohortRow before = rows.get(rowKey);
        if (row.equals(before)) {
            return;
        }
        movePipelineEntry(target.store(CohortStores.PIPELINE), cohort, before, row);
        countNewStages(target.store(CohortStores.FUNNELS), cohort, before, row);
        if (row.roster() != null) {
            KeyValueStore<String, RosterEntry> rosters = target.store(CohortStores.ROSTERS);
            rosters.put(rowKey, row.roster());
        }
        rows.put(rowKey, row);
    }

    private static void movePipelineEntry(
            KeyValueStore<String, PipelineEntry> pipeline, Cohort cohort, CohortRow before, CohortRow row) {
        if (before != null && before.status() != row.status()) {
            pipeline.delete(CohortStores.pipelineKey(cohort, before.status(), row.studentId()));
        }
        pipeline.put(CohortStores.pipelineKey(cohort, row.status(), row.studentId()), row.pipelineEntry());
    }

    private static void countNewStages(
            KeyValueStore<String, FunnelCounts> funnels, Cohort cohort, CohortRow before, CohortRow row) {
        Set<ApplicationStage> reached = row.stagesReachedSince(before);
        if (reached.isEmpty()) {
            return;
        }
        FunnelCounts counts = funnels.get(cohort.key());
        funnels.put(cohort.key(), (counts == null ? FunnelCounts.empty(cohort) : counts).counting(reached));
    }
}
