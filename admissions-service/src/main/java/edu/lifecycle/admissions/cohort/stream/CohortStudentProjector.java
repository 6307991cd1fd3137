package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.admissions.cohort.CohortRow;
import edu.lifecycle.admissions.cohort.CohortStudent;
import edu.lifecycle.admissions.cohort.StudentFact;
import edu.lifecycle.servicekit.stream.Projection;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds each public event about a student into the student's projection and, when that changes what the
 * programme-year stores show, forwards the student's row keyed by {@code programme/year}. Events that are not cohort
 * facts (course grades, instalments, …) are passed over.
 */
final class CohortStudentProjector {

    private CohortStudentProjector() {}

    static Projection<String, Object, String, CohortRow> supplier() {
        return Projection.of(
                CohortStudentProjector::project, CohortStores.store(CohortStores.STUDENTS, CohortStudent.class));
    }

    private static void project(Record<String, Object> record, Projection.Target<String, CohortRow> target) {
        if (record.key() == null || record.value() == null) {
            // Event topics carry no tombstones, and an unkeyed record belongs to no student: nothing to fold in.
            return;
        }
        Optional<StudentFact> fact = AdmissionsFacts.from(record.value()).or(() -> LifecycleFacts.from(record.value()));
        fact.ifPresent(known -> apply(record, known, target));
    }

    private static void apply(
            Record<String, Object> record, StudentFact fact, Projection.Target<String, CohortRow> target) {
        KeyValueStore<String, CohortStudent> students = target.store(CohortStores.STUDENTS);
        CohortStudent before =
                Optional.ofNullable(students.get(record.key())).orElseGet(() -> CohortStudent.unknown(record.key()));
        CohortStudent after = before.apply(fact);
        if (after.equals(before)) {
            return;
        }
        students.put(record.key(), after);
        Optional<CohortRow> row = after.row();
        if (row.isPresent() && !row.equals(before.row())) {
            target.forward(record.withKey(row.get().cohort().key()).withValue(row.get()));
        }
    }
}
