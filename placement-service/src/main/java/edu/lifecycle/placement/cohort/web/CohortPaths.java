package edu.lifecycle.placement.cohort.web;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.StudentRow;
import edu.lifecycle.placement.cohort.stream.CohortStores;
import edu.lifecycle.placement.placement.AcademicYears;
import edu.lifecycle.placement.placement.ProgrammeCatalog;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.FieldProblem;
import edu.lifecycle.servicekit.web.InvalidRequestException;
import edu.lifecycle.servicekit.web.Problems;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Reads the programme year a request names, for every programme-year read model alike: 400 naming {@code year} when
 * it is not two consecutive plausible years, 404 when placement has no such programme, and 404 when the year is
 * neither open nor has a student of the programme. An open year nobody enrolled in yet answers zeros; a closed year
 * with students still answers what it holds.
 */
@Component
public final class CohortPaths {

    static final String PROGRAMME_UNKNOWN = "programme-unknown";
    static final String ACADEMIC_YEAR_NOT_OPEN = "academic-year-not-open";

    private final ProgrammeCatalog programmes;
    private final AcademicYears calendar;
    private final StoreQueries stores;

    public CohortPaths(ProgrammeCatalog programmes, AcademicYears calendar, StoreQueries stores) {
        this.programmes = programmes;
        this.calendar = calendar;
        this.stores = stores;
    }

    /** The cohort named by the path, before any store is read (so on any instance). */
    public Cohort cohort(String programme, String year) {
        var cohort = Cohort.parse(programme, year)
                .filter(named ->
                        AcademicCalendar.startYearOf(named.academicYear()).isPresent())
                .orElseThrow(() -> malformedYear(year));
        if (programmes.find(cohort.programme()).isEmpty()) {
            throw new ErrorResponseException(
                    HttpStatus.NOT_FOUND,
                    notFound(PROGRAMME_UNKNOWN, "Placement has no programme " + cohort.programme() + "."),
                    null);
        }
        return cohort;
    }

    /**
     * {@code answer}, on the instance that owns the cohort, when the cohort may be reported on; else 404. Every store
     * after the repartition by cohort is co-located, so the cohort's rows are read where its read models are.
     */
    public ResponseEntity<?> answer(Cohort cohort, Supplier<ResponseEntity<?>> answer) {
        if (!calendar.isOpen(cohort.academicYear())
                && !CohortStores.hasStudents(stores.<StudentRow>local(CohortStores.COHORT_ROWS), cohort)) {
            return Problems.response(notFound(
                    ACADEMIC_YEAR_NOT_OPEN,
                    "Academic year " + cohort.academicYear() + " is not open and no student of " + cohort.programme()
                            + " enrolled for it."));
        }
        return answer.get();
    }

    private static InvalidRequestException malformedYear(String year) {
        return new InvalidRequestException(List.of(new FieldProblem(
                "year", "must be an academic year of two consecutive years, e.g. 2026-2027, not '" + year + "'")));
    }

    /** A 404 naming its rule, as every service's programme-year read models answer it. */
    private static ProblemDetail notFound(String rule, String detail) {
        var problem = Problems.problem(HttpStatus.NOT_FOUND, "Not found", detail);
        problem.setProperty("rule", rule);
        return problem;
    }
}
