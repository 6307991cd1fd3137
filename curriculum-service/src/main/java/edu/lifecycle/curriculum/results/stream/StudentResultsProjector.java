package edu.lifecycle.curriculum.results.stream;

import edu.lifecycle.curriculum.results.Cohort;
import edu.lifecycle.curriculum.results.StudentResults;
import edu.lifecycle.events.curriculum.CourseGradeRecorded;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.curriculum.TranscriptOpened;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Keeps each student's results by student id, where the events arrive, and sends every change on under the
 * student's programme year. The marks events carry no programme, which only {@code TranscriptOpened} names.
 */
final class StudentResultsProjector implements Processor<String, SpecificRecord, String, StudentResults> {

    private KeyValueStore<String, StudentResults> students;
    private ProcessorContext<String, StudentResults> context;

    static ProcessorSupplier<String, SpecificRecord, String, StudentResults> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, SpecificRecord, String, StudentResults> get() {
                return new StudentResultsProjector();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(ReadModelStores.keyValue(ResultsTopology.STUDENTS_STORE, StudentResults.class));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, StudentResults> context) {
        this.context = context;
        students = context.getStateStore(ResultsTopology.STUDENTS_STORE);
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        var before = students.get(record.key());
        var after = apply(record.key(), before, record.value());
        if (after == null || after.equals(before)) {
            return;
        }
        students.put(record.key(), after);
        context.forward(new Record<>(after.cohort().key(), after, record.timestamp()));
    }

    private static StudentResults apply(String student, StudentResults results, SpecificRecord event) {
        if (event instanceof TranscriptOpened opened) {
            return results != null
                    ? results
                    : StudentResults.enrolled(student, new Cohort(opened.getProgramme(), opened.getAcademicYear()));
        }
        if (results == null) {
            return null;
        }
        if (event instanceof CourseGradeRecorded graded) {
            return results.graded(graded.getCourseCode(), graded.getMark(), graded.getPassed());
        } else if (event instanceof DissertationDefended defended) {
            return results.graded(ResultsTopology.DISSERTATION, defended.getMark(), defended.getPassed());
        } else if (event instanceof DegreeAwarded awarded) {
            return results.graduated(awarded.getMention().name(), awarded.getAverage());
        }
        return results;
    }
}
