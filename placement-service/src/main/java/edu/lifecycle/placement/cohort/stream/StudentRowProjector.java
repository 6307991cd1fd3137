package edu.lifecycle.placement.cohort.stream;

import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.servicekit.stream.Projection;
import org.apache.avro.specific.SpecificRecord;

/**
 * Keeps each student's row, partitioned by student id like the public topics, and forwards it re-keyed by its
 * cohort once the cohort is known and the row changed.
 */
final class StudentRowProjector {

    private StudentRowProjector() {}

    static Projection<String, SpecificRecord, String, StudentRow> supplier() {
        return Projection.folding(
                CohortStores.store(CohortStores.STUDENT_ROWS, StudentRow.class),
                StudentRowProjector::fold,
                row -> row.cohort() == null ? null : row.cohort().key());
    }

    /** The student's row after {@code event}; none yet while the events say nothing a row shows. */
    private static StudentRow fold(String studentId, StudentRow before, SpecificRecord event) {
        var start = before == null ? StudentRow.none(studentId) : before;
        var row = StudentRows.fold(start, event);
        return before == null && row.equals(start) ? null : row;
    }
}
