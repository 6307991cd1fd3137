package edu.lifecycle.placement.workstudy.stream;

import edu.lifecycle.placement.cohort.RowChange;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.cohort.stream.CohortReadModel;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.workstudy.WorkStudyNumbers;
import edu.lifecycle.servicekit.stream.Projection;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Counts a programme year's work-study from the difference each student's new row makes. */
public final class WorkStudyProjector {

    /** {@code programme/year} → {@link WorkStudyNumbers}. */
    public static final String STORE = "work-study-numbers";

    private WorkStudyProjector() {}

    /** This read model, as the cohort plumbing runs it on every row change. */
    public static CohortReadModel readModel() {
        return new CohortReadModel("work-study-projector", supplier());
    }

    static Projection<String, RowChange, Void, Void> supplier() {
        return Projection.of(WorkStudyProjector::project, CohortStores.store(STORE, WorkStudyNumbers.class));
    }

    private static void project(Record<String, RowChange> record, Projection.Target<Void, Void> target) {
        var before = record.value().before();
        var after = record.value().after();
        var cohort = after.cohort();
        KeyValueStore<String, WorkStudyNumbers> numbers = target.store(STORE);
        var current = numbers.get(cohort.key());
        var base = current == null ? WorkStudyNumbers.none(cohort.programme(), cohort.academicYear()) : current;
        numbers.put(
                cohort.key(),
                base.plus(
                        flag(after.enrolled()) - flag(before != null && before.enrolled()),
                        flag(after.withdrawn()) - flag(before != null && before.withdrawn()),
                        flag(underContract(after)) - flag(underContract(before)),
                        contracts(after) - contracts(before)));
    }

    private static boolean underContract(StudentRow row) {
        return row != null && !row.contracts().isEmpty();
    }

    private static int contracts(StudentRow row) {
        return row == null ? 0 : row.contracts().size();
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }
}
