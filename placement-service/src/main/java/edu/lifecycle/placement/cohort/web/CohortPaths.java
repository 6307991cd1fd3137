package edu.lifecycle.placement.cohort.web;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.placement.ProgrammeCatalog;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.ProgrammeYears;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Reads the programme year a request names, for every programme-year read model alike, by the kit's one rule
 * ({@link ProgrammeYears}): 400 naming {@code year} when it is not two consecutive plausible years, 404 when placement
 * has no such programme, and 404 when the year is neither open nor has a student of the programme. An open year
 * nobody enrolled in yet answers zeros; a closed year with students still answers what it holds.
 */
@Component
public final class CohortPaths {

    private final ProgrammeYears rule;
    private final StoreQueries stores;

    public CohortPaths(ProgrammeCatalog programmes, AcademicCalendar calendar, StoreQueries stores) {
        this.rule = new ProgrammeYears(programme -> programmes.find(programme).isPresent(), calendar::isOpen);
        this.stores = stores;
    }

    /** The cohort named by the path, before any store is read (so on any instance). */
    public Cohort cohort(String programme, String year) {
        rule.requireNamed(programme, year);
        return Cohort.parse(programme, year).orElseThrow();
    }

    /**
     * {@code answer}, on the instance that owns the cohort, when the cohort may be reported on; else 404. Every store
     * after the repartition by cohort is co-located, so the cohort's rows are read where its read models are.
     */
    public ResponseEntity<?> answer(Cohort cohort, Supplier<ResponseEntity<?>> answer) {
        rule.requireReportable(
                cohort.programme(),
                cohort.academicYear(),
                () -> stores.read(
                        CohortStores.COHORT_ROWS, StudentRow.class, rows -> CohortStores.hasStudents(rows, cohort)));
        return answer.get();
    }
}
