package edu.lifecycle.admissions.cohort.web;

import static edu.lifecycle.admissions.cohort.web.CohortOf.cohortOf;

import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.FunnelCounts;
import edu.lifecycle.admissions.cohort.stream.CohortStores;
import edu.lifecycle.admissions.cohort.stream.FunnelQuery;
import edu.lifecycle.admissions.programme.web.ProgrammeYearPaths;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.BadRequestProblem;
import edu.lifecycle.servicekit.web.NotFoundProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The funnel of a programme year. */
@RestController
@Tag(name = "Cohorts")
class FunnelController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final ProgrammeYearPaths paths;

    FunnelController(KeyQueryRouter router, StoreQueries stores, ProgrammeYearPaths paths) {
        this.router = router;
        this.stores = stores;
        this.paths = paths;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/funnel")
    @Operation(
            summary = "How many students of a programme year reached each stage",
            description = "Each student counts once per stage reached: a waitlisted applicant later promoted counts "
                    + "as waitlisted and as admitted. All zero for an open programme year nobody applied to yet.")
    @ApiResponse(
            responseCode = "200",
            description = "The counts",
            content = @Content(schema = @Schema(implementation = FunnelCounts.class)))
    @NotFoundProblem("The programme is unknown or the academic year is not open (the problem names the rule)")
    @BadRequestProblem("A malformed year")
    ResponseEntity<?> funnel(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            HttpServletRequest request) {
        var named = paths.named(programme, year);
        Cohort cohort = cohortOf(named);
        return router.route(
                request,
                CohortStores.FUNNELS,
                cohort.key(),
                () -> ResponseEntity.ok(stores.read(CohortStores.FUNNELS, FunnelCounts.class, funnels -> {
                    paths.requireReportable(named, () -> FunnelQuery.holdsAnything(funnels, cohort));
                    return FunnelQuery.of(funnels, cohort);
                })));
    }
}
