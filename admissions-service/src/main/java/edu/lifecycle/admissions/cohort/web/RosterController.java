package edu.lifecycle.admissions.cohort.web;

import static edu.lifecycle.admissions.cohort.web.CohortOf.cohortOf;
import static edu.lifecycle.admissions.cohort.web.CohortOf.requireReportable;

import edu.lifecycle.admissions.cohort.Cohort;
import edu.lifecycle.admissions.cohort.CohortStudent;
import edu.lifecycle.admissions.cohort.RosterEntry;
import edu.lifecycle.admissions.cohort.RosterPage;
import edu.lifecycle.admissions.cohort.stream.CohortStores;
import edu.lifecycle.admissions.cohort.stream.RosterQuery;
import edu.lifecycle.admissions.programme.web.ProgrammeYearPaths;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.PageRequest;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.BadRequestProblem;
import edu.lifecycle.servicekit.web.NotFoundProblem;
import edu.lifecycle.servicekit.web.Problems;
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

/** The enrolled students of a programme year, with where each stands with billing, curriculum and placement. */
@RestController
@Tag(name = "Cohorts")
class RosterController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final ProgrammeYearPaths paths;

    RosterController(KeyQueryRouter router, StoreQueries stores, ProgrammeYearPaths paths) {
        this.router = router;
        this.stores = stores;
        this.paths = paths;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/roster")
    @Operation(
            summary = "The roster of a programme year",
            description = "Every student who enrolled, withdrawn ones included, ordered by student id, with flags "
                    + "taken from the billing, curriculum and placement events.")
    @ApiResponse(
            responseCode = "200",
            description = "One page of the roster",
            content = @Content(schema = @Schema(implementation = RosterPage.class)))
    @NotFoundProblem("The programme is unknown or the academic year is not open (the problem names the rule)")
    @BadRequestProblem("A malformed year or paging parameter")
    ResponseEntity<?> roster(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Students per page")
                    @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE)
                    @Min(1)
                    @Max(PageRequest.MAX_SIZE)
                    int size,
            HttpServletRequest request) {
        var named = paths.named(programme, year);
        Cohort cohort = cohortOf(named);
        return router.route(request, CohortStores.ROSTERS, cohort.key(), () -> {
            requireReportable(paths, stores, named, cohort);
            return ResponseEntity.ok(stores.read(
                    CohortStores.ROSTERS,
                    RosterEntry.class,
                    rosters -> RosterQuery.page(rosters, cohort, new PageRequest(page, size))));
        });
    }

    @GetMapping("/api/v1/students/{studentId}/roster-entry")
    @Operation(summary = "A student's line in the roster of their programme year")
    @ApiResponse(
            responseCode = "200",
            description = "The student's roster line",
            content = @Content(schema = @Schema(implementation = RosterEntry.class)))
    @NotFoundProblem("The student has not enrolled, or the enrollment has not been read yet")
    ResponseEntity<?> rosterEntry(
            @Parameter(description = "Student id") @PathVariable String studentId, HttpServletRequest request) {
        return router.route(
                request,
                CohortStores.STUDENTS,
                studentId,
                () -> stores.read(
                                CohortStores.STUDENTS,
                                CohortStudent.class,
                                students -> RosterQuery.entry(students, studentId))
                        .<ResponseEntity<?>>map(ResponseEntity::ok)
                        .orElseGet(() -> Problems.notFound("Student " + studentId + " has no enrollment on record.")));
    }
}
