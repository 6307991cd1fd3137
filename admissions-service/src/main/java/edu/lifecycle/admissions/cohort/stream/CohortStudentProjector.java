package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.admissions.cohort.CohortRow;
import edu.lifecycle.admissions.cohort.CohortStudent;
import edu.lifecycle.admissions.cohort.StudentFact;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Folds each public event about a student into the student's projection and, when that changes what the
 * programme-year stores show, forwards the student's row keyed by {@code programme/year}. Events that are not cohort
 * facts (course grades, instalments, …) are passed over.
 */
final class CohortStudentProjector implements Processor<String, Object, String, CohortRow> {

    private ProcessorContext<String, CohortRow> context;
    private KeyValueStore<String, CohortStudent> students;

    static ProcessorSupplier<String, Object, String, CohortRow> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, Object, String, CohortRow> get() {
                return new CohortStudentProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(CohortStores.store(CohortStores.STUDENTS, CohortStudent.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, CohortRow> context) {
        this.context = context;
        this.students = context.getStateStore(CohortStores.STUDENTS);
    }

    @Override
    public void process(Record<String, Object> record) {
        if (record.key() == null || record.value() == null) {
            // Event topics carry no tombstones, and an unkeyed record belongs to no student: nothing to fold in.
            return;
        }
        Optional<StudentFact> fact = AdmissionsFacts.from(record.value()).or(() -> LifecycleFacts.from(record.value()));
        fact.ifPresent(known -> apply(record, known));
    }

    private void apply(Record<String, Object> record, StudentFact fact) {
        CohortStudent before =
                Optional.ofNullable(students.get(record.key())).orElseGet(() -> CohortStudent.unknown(record.key()));
        CohortStudent after = before.apply(fact);
        if (after.equals(before)) {
            return;
        }
        students.put(record.key(), after);
        Optional<CohortRow> row = after.row();
        if (row.isPresent() && !row.equals(before.row())) {
            context.forward(record.withKey(row.get().cohort().key()).withValue(row.get()));
        }
    }
}
