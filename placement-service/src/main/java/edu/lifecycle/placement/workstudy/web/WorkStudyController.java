package edu.lifecycle.placement.workstudy.web;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.web.CohortPaths;
import edu.lifecycle.placement.workstudy.WorkStudyNumbers;
import edu.lifecycle.placement.workstudy.stream.WorkStudyProjector;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The work-study numbers of a programme year. */
@RestController
@Tag(name = "Work-study", description = "Work-study contracts per programme year")
class WorkStudyController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final CohortPaths cohorts;

    WorkStudyController(KeyQueryRouter router, StoreQueries stores, CohortPaths cohorts) {
        this.router = router;
        this.stores = stores;
        this.cohorts = cohorts;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/work-study")
    @Operation(
            summary = "Work-study contracts signed in a programme year, and the share of the cohort under contract",
            description = "The cohort is the students whose placement record opened on enrollment; the share is "
                    + "the students with at least one contract out of them, in percent.")
    @ApiResponse(
            responseCode = "200",
            description = "The numbers; all zero for an open year without students yet",
            content = @Content(schema = @Schema(implementation = WorkStudyNumbers.class)))
    @BadRequestProblem("A malformed year")
    @NotFoundProblem("A programme placement does not know, or a year neither open nor with students")
    @UnavailableProblem
    ResponseEntity<?> numbers(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            HttpServletRequest request) {
        Cohort cohort = cohorts.cohort(programme, year);
        return router.route(
                request,
                WorkStudyProjector.STORE,
                cohort.key(),
                () -> cohorts.answer(
                        cohort,
                        () -> ResponseEntity.ok(stores.<WorkStudyNumbers>get(WorkStudyProjector.STORE, cohort.key())
                                .orElseGet(() -> WorkStudyNumbers.none(cohort.programme(), cohort.academicYear())))));
    }
}
