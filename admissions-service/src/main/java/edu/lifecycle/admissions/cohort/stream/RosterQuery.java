package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.CohortStudent;
import edu.lifecycle.admissions.cohort.RosterEntry;
import edu.lifecycle.admissions.cohort.RosterPage;
import edu.lifecycle.servicekit.query.NumberedPages;
import edu.lifecycle.servicekit.query.PageRequest;
import java.util.Optional;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the roster: a programme year's page from {@link CohortStores#ROSTERS}, one student's line from
 * {@link CohortStores#STUDENTS}.
 */
public final class RosterQuery {

    private RosterQuery() {}

    public static RosterPage page(
            ReadOnlyKeyValueStore<String, RosterEntry> rosters, Cohort cohort, PageRequest request) {
        var slice = NumberedPages.slice(rosters, CohortStores.cohortPrefix(cohort), request);
        return new RosterPage(
                cohort.programme(),
                cohort.academicYear(),
                slice.items(),
                request.page(),
                request.size(),
                slice.hasNext());
    }

    /** The student's roster line; empty until the student is enrolled. */
    public static Optional<RosterEntry> entry(ReadOnlyKeyValueStore<String, CohortStudent> students, String studentId) {
        return Optional.ofNullable(students.get(studentId)).flatMap(CohortStudent::rosterEntry);
    }
}
