package edu.lifecycle.admissions.cohort.web;

import static edu.lifecycle.admissions.cohort.web.CohortOf.cohortOf;
import static edu.lifecycle.admissions.cohort.web.CohortOf.requireReportable;

import edu.lifecycle.admissions.cohort.ApplicationStage;
import edu.lifecycle.admissions.cohort.ApplicationsPage;
import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.PipelineEntry;
import edu.lifecycle.admissions.cohort.stream.CohortStores;
import edu.lifecycle.admissions.cohort.stream.PipelineQuery;
import edu.lifecycle.admissions.programme.web.ProgrammeYearPaths;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.PageRequest;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.BadRequestProblem;
import edu.lifecycle.servicekit.web.NotFoundProblem;
import edu.lifecycle.servicekit.web.UnavailableProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The applications of a programme year, by status. */
@RestController
@Tag(name = "Cohorts", description = "Read models of a programme year, built from the events of all four services")
class ApplicationPipelineController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final ProgrammeYearPaths paths;

    ApplicationPipelineController(KeyQueryRouter router, StoreQueries stores, ProgrammeYearPaths paths) {
        this.router = router;
        this.stores = stores;
        this.paths = paths;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/applications")
    @Operation(
            summary = "Applications of a programme year by status",
            description = "Ordered by status, then student id. Status follows the admissions events: SUBMITTED, "
                    + "ELIGIBLE or INELIGIBLE, GRADED, ADMITTED, WAITLISTED or REJECTED, ENROLLED, WITHDRAWN.")
    @ApiResponse(
            responseCode = "200",
            description = "One page of applications",
            content = @Content(schema = @Schema(implementation = ApplicationsPage.class)))
    @NotFoundProblem("The programme is unknown or the academic year is not open (the problem names the rule)")
    @BadRequestProblem("A malformed year, status or paging parameter")
    @UnavailableProblem
    ResponseEntity<?> applications(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            @Parameter(description = "Only applications in this status; every status when absent")
                    @RequestParam(required = false)
                    ApplicationStage status,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Applications per page")
                    @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE)
                    @Min(1)
                    @Max(PageRequest.MAX_SIZE)
                    int size,
            HttpServletRequest request) {
        var named = paths.named(programme, year);
        Cohort cohort = cohortOf(named);
        return router.route(request, CohortStores.PIPELINE, cohort.key(), () -> {
            requireReportable(paths, stores, named, cohort);
            return ResponseEntity.ok(stores.read(
                    CohortStores.PIPELINE,
                    PipelineEntry.class,
                    pipeline -> PipelineQuery.page(pipeline, cohort, status, new PageRequest(page, size))));
        });
    }
}
