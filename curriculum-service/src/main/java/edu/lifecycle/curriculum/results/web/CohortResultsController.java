package edu.lifecycle.curriculum.results.web;

import edu.lifecycle.curriculum.results.Cohort;
import edu.lifecycle.curriculum.results.CohortResults;
import edu.lifecycle.curriculum.results.CohortTally;
import edu.lifecycle.curriculum.results.stream.ResultsTopology;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The results of a programme year. */
@RestController
@Tag(name = "Cohort results")
class CohortResultsController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;

    CohortResultsController(KeyQueryRouter router, StoreQueries stores) {
        this.router = router;
        this.stores = stores;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/results")
    @Operation(
            summary = "Cohort results: averages, pass rates per course, degrees by mention",
            description = "Each course with the students graded, passed, the pass rate in percent and the average "
                    + "standing mark (a resit replaces the fail); the dissertation as DISSERTATION. All empty for a "
                    + "programme year without transcripts.")
    ResponseEntity<?> results(
            @Parameter(description = "Programme id", example = "M2-ISD")
                    @PathVariable
                    @Pattern(regexp = "[A-Za-z0-9-]{1,32}")
                    String programme,
            @Parameter(description = "Academic year", example = "2026-2027")
                    @PathVariable
                    @Pattern(regexp = "[0-9]{4}-[0-9]{4}", message = "an academic year, e.g. 2026-2027")
                    String year,
            HttpServletRequest request) {
        var cohort = new Cohort(programme, year);
        return router.route(request, ResultsTopology.COHORTS_STORE, cohort.key(), () -> {
            Optional<CohortTally> tally = stores.get(ResultsTopology.COHORTS_STORE, cohort.key());
            return ResponseEntity.ok(CohortResults.of(tally.orElseGet(() -> CohortTally.empty(cohort))));
        });
    }
}
