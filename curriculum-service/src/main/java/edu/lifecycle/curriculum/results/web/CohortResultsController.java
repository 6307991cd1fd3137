package edu.lifecycle.curriculum.results.web;

import edu.lifecycle.curriculum.programme.OpenYears;
import edu.lifecycle.curriculum.programme.ProgrammeCatalog;
import edu.lifecycle.curriculum.results.Cohort;
import edu.lifecycle.curriculum.results.CohortResults;
import edu.lifecycle.curriculum.results.CohortTally;
import edu.lifecycle.curriculum.results.stream.ResultsTopology;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.BadRequestProblem;
import edu.lifecycle.servicekit.web.FieldProblem;
import edu.lifecycle.servicekit.web.InvalidRequestException;
import edu.lifecycle.servicekit.web.NotFoundProblem;
import edu.lifecycle.servicekit.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The results of a programme year. A programme the curriculum does not teach, or a year that is neither open nor has
 * a transcript, has no results: 404, never a page of zeros that reads like a cohort nobody passed.
 */
@RestController
@Tag(name = "Cohort results")
class CohortResultsController {

    static final String PROGRAMME_UNKNOWN = "programme-unknown";
    static final String ACADEMIC_YEAR_NOT_OPEN = "academic-year-not-open";

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final ProgrammeCatalog programmes;
    private final OpenYears openYears;

    CohortResultsController(
            KeyQueryRouter router, StoreQueries stores, ProgrammeCatalog programmes, OpenYears openYears) {
        this.router = router;
        this.stores = stores;
        this.programmes = programmes;
        this.openYears = openYears;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/results")
    @Operation(
            summary = "Cohort results: averages, pass rates per course, degrees by mention",
            description = "Each course with the students graded, passed, the pass rate in percent and the average "
                    + "standing mark (a resit replaces the fail); the dissertation as DISSERTATION. An open year "
                    + "without transcripts yet answers empty results; a programme the curriculum does not teach, or "
                    + "a year neither open nor with transcripts, answers 404.")
    @ApiResponse(responseCode = "200", description = "The cohort's results")
    @BadRequestProblem("A malformed academic year")
    @NotFoundProblem("An unknown programme, or a year neither open nor with transcripts")
    ResponseEntity<?> results(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            HttpServletRequest request) {
        if (AcademicCalendar.startYearOf(year).isEmpty()) {
            throw malformedYear(year);
        }
        if (programmes.find(programme).isEmpty()) {
            return notFound(PROGRAMME_UNKNOWN, "The curriculum does not teach programme " + programme + ".");
        }
        var cohort = new Cohort(programme, year);
        return router.route(request, ResultsTopology.COHORTS_STORE, cohort.key(), () -> {
            Optional<CohortTally> tally = stores.get(ResultsTopology.COHORTS_STORE, cohort.key());
            return CohortResults.lookUp(cohort, tally, openYears)
                    .<ResponseEntity<?>>map(ResponseEntity::ok)
                    .orElseGet(() -> notFound(
                            ACADEMIC_YEAR_NOT_OPEN,
                            "Academic year " + year + " is not open and no transcript of " + programme
                                    + " was opened for it."));
        });
    }

    /** A 404 naming its rule, as every service's programme-year read models answer it. */
    private static ResponseEntity<?> notFound(String rule, String detail) {
        var problem = Problems.problem(HttpStatus.NOT_FOUND, "Not found", detail);
        problem.setProperty("rule", rule);
        return Problems.response(problem);
    }

    private static InvalidRequestException malformedYear(String year) {
        return new InvalidRequestException(List.of(new FieldProblem(
                "year", "must be an academic year of two consecutive years, e.g. 2026-2027, not '" + year + "'")));
    }
}
