package edu.lifecycle.placement.careers.stream;

import edu.lifecycle.placement.careers.GraduateOutcomes;
import edu.lifecycle.placement.cohort.RowChange;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.cohort.stream.CohortReadModel;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.servicekit.stream.Projection;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Counts a programme year's graduates and first positions from the difference each student's new row makes. */
public final class GraduateOutcomesProjector {

    /** {@code programme/year} → {@link GraduateOutcomes}. */
    public static final String STORE = "graduate-outcomes";

    private GraduateOutcomesProjector() {}

    /** This read model, as the cohort plumbing runs it on every row change. */
    public static CohortReadModel readModel() {
        return new CohortReadModel("graduate-outcomes-projector", supplier());
    }

    static Projection<String, RowChange, Void, Void> supplier() {
        return Projection.of(GraduateOutcomesProjector::project, CohortStores.store(STORE, GraduateOutcomes.class));
    }

    private static void project(Record<String, RowChange> record, Projection.Target<Void, Void> target) {
        var before = record.value().before();
        var after = record.value().after();
        if (graduated(before) == graduated(after) && outcome(before) == null && outcome(after) == null) {
            return;
        }
        var cohort = after.cohort();
        KeyValueStore<String, GraduateOutcomes> outcomes = target.store(STORE);
        var current = outcomes.get(cohort.key());
        var counts = current == null ? GraduateOutcomes.none(cohort.programme(), cohort.academicYear()) : current;
        var takenBack = outcome(before);
        if (takenBack != null) {
            counts = counts.plus(0, takenBack.sector(), takenBack.monthsAfterGraduation(), -1);
        }
        var added = outcome(after);
        int newGraduates = (graduated(after) ? 1 : 0) - (graduated(before) ? 1 : 0);
        counts = added == null
                ? counts.plus(newGraduates, null, 0, 0)
                : counts.plus(newGraduates, added.sector(), added.monthsAfterGraduation(), 1);
        outcomes.put(cohort.key(), counts);
    }

    private static boolean graduated(StudentRow row) {
        return row != null && row.graduated();
    }

    private static StudentRow.Outcome outcome(StudentRow row) {
        return row == null ? null : row.outcome();
    }
}
