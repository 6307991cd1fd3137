package edu.lifecycle.curriculum.results.web;

import edu.lifecycle.curriculum.results.Cohort;
import edu.lifecycle.curriculum.results.CohortResults;
import edu.lifecycle.curriculum.results.CohortTally;
import edu.lifecycle.curriculum.results.stream.ResultsTopology;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.BadRequestProblem;
import edu.lifecycle.servicekit.web.NotFoundProblem;
import edu.lifecycle.servicekit.web.ProgrammeYears;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The results of a programme year, by the kit's programme-year rule ({@link ProgrammeYears}). A programme the
 * curriculum does not teach, or a year that is neither open nor has a transcript, has no results: 404, never a page of
 * zeros that reads like a cohort nobody passed.
 */
@RestController
@Tag(name = "Cohort results")
class CohortResultsController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final ProgrammeYears years;

    CohortResultsController(KeyQueryRouter router, StoreQueries stores, ProgrammeYears years) {
        this.router = router;
        this.stores = stores;
        this.years = years;
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
    @NotFoundProblem("An unknown programme (rule programme-unknown), or a year neither open nor with transcripts "
            + "(rule academic-year-not-open)")
    ResponseEntity<?> results(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            HttpServletRequest request) {
        years.requireNamed(programme, year);
        var cohort = new Cohort(programme, year);
        return router.route(request, ResultsTopology.COHORTS_STORE, cohort.key(), () -> {
            Optional<CohortTally> tally = stores.get(ResultsTopology.COHORTS_STORE, cohort.key());
            years.requireReportable(programme, year, tally::isPresent);
            return ResponseEntity.ok(CohortResults.of(tally.orElseGet(() -> CohortTally.empty(cohort))));
        });
    }
}
