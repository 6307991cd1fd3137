package edu.lifecycle.placement.experience.web;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.web.CohortPaths;
import edu.lifecycle.placement.experience.ExperienceCounts;
import edu.lifecycle.placement.experience.ExperiencePage;
import edu.lifecycle.placement.experience.ExperienceStanding;
import edu.lifecycle.placement.experience.stream.ExperienceProjector;
import edu.lifecycle.placement.experience.stream.ExperienceQuery;
import edu.lifecycle.placement.placement.Programme;
import edu.lifecycle.placement.placement.ProgrammeCatalog;
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

/** A programme year's validated experience against the requirement. */
@RestController
@Tag(name = "Experience", description = "Validated experience against the programme's requirement")
class ExperienceController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final ProgrammeCatalog programmes;
    private final CohortPaths cohorts;

    ExperienceController(KeyQueryRouter router, StoreQueries stores, ProgrammeCatalog programmes, CohortPaths cohorts) {
        this.router = router;
        this.stores = stores;
        this.programmes = programmes;
        this.cohorts = cohorts;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/experience")
    @Operation(
            summary = "Each enrolled student's validated experience against the requirement, furthest from it first",
            description = "Counts and lists the students whose placement record opened and who have not withdrawn. "
                    + "Validated months add up across a student's placements; the requirement is met once they "
                    + "reach it. Students equally short of it are in student id order.")
    @ApiResponse(
            responseCode = "200",
            description = "The requirement, how many met it and how many not yet, and one page of students",
            content = @Content(schema = @Schema(implementation = ExperiencePage.class)))
    @BadRequestProblem("A malformed year or paging parameter")
    @NotFoundProblem("A programme placement does not know, or a year neither open nor with students")
    @UnavailableProblem
    ResponseEntity<?> experience(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Students per page")
                    @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE)
                    @Min(1)
                    @Max(PageRequest.MAX_SIZE)
                    int size,
            HttpServletRequest request) {
        Cohort cohort = cohorts.cohort(programme, year);
        // CohortPaths has refused a programme placement does not know, so the requirement is there.
        var required = programmes
                .find(cohort.programme())
                .map(Programme::requiredMonths)
                .orElseThrow();
        return router.route(
                request,
                ExperienceProjector.STANDINGS,
                cohort.key(),
                () -> cohorts.answer(
                        cohort,
                        () -> ResponseEntity.ok(stores.read(
                                ExperienceProjector.STANDINGS,
                                ExperienceStanding.class,
                                standings -> stores.read(
                                        ExperienceProjector.COUNTS,
                                        ExperienceCounts.class,
                                        counts -> ExperienceQuery.page(
                                                standings, counts, cohort, required, new PageRequest(page, size)))))));
    }
}
