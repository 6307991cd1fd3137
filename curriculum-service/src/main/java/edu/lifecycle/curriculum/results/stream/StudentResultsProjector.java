package edu.lifecycle.curriculum.results.stream;

import edu.lifecycle.curriculum.results.Cohort;
import edu.lifecycle.curriculum.results.StudentResults;
import edu.lifecycle.events.curriculum.CourseGradeRecorded;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.curriculum.TranscriptOpened;
import edu.lifecycle.servicekit.stream.Projection;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import org.apache.avro.specific.SpecificRecord;

/**
 * Keeps each student's results by student id, where the events arrive, and sends every change on under the
 * student's programme year. The marks events carry no programme, which only {@code TranscriptOpened} names.
 */
final class StudentResultsProjector {

    private StudentResultsProjector() {}

    static Projection<String, SpecificRecord, String, StudentResults> supplier() {
        return Projection.folding(
                ReadModelStores.keyValue(ResultsTopology.STUDENTS_STORE, StudentResults.class),
                StudentResultsProjector::apply,
                after -> after.cohort().key());
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
