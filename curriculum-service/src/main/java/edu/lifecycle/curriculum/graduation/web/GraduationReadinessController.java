package edu.lifecycle.curriculum.graduation.web;

import edu.lifecycle.curriculum.graduation.GraduationReadiness;
import edu.lifecycle.curriculum.graduation.stream.GraduationTopology;
import edu.lifecycle.curriculum.graduation.stream.ReadinessRows;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.Page;
import edu.lifecycle.servicekit.query.StorePages;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.BadRequestProblem;
import edu.lifecycle.servicekit.web.NotFoundProblem;
import edu.lifecycle.servicekit.web.ProgrammeYears;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Graduation readiness of a programme year: every student with a checklist, the four conditions and which is
 * missing, by student id. The lines are kept per programme year ({@link GraduationTopology#READINESS_STORE}, after a
 * repartition by {@code programme/year}), so whichever instance is asked, the owner of the programme year answers. The
 * path is read by the kit's programme-year rule ({@link ProgrammeYears}), as the cohort results read it.
 */
@RestController
@Tag(name = "Graduation")
class GraduationReadinessController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final ProgrammeYears years;

    GraduationReadinessController(KeyQueryRouter router, StoreQueries stores, ProgrammeYears years) {
        this.router = router;
        this.stores = stores;
        this.years = years;
    }

    /** One page of readiness lines; {@code next} is the last student id of the page when more follow. */
    record ReadinessPage(String programme, String academicYear, List<GraduationReadiness> items, String next) {}

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/graduation-readiness")
    @Operation(
            summary = "Every student of a programme year with the four degree conditions and which is missing",
            description = "Ordered by student id, a page at a time: pass `next` as `after`. Empty for an open year "
                    + "without checklists yet.")
    @ApiResponse(
            responseCode = "200",
            description = "One page of the programme year's students",
            content = @Content(schema = @Schema(implementation = ReadinessPage.class)))
    @BadRequestProblem("A malformed academic year or limit")
    @NotFoundProblem("An unknown programme (rule programme-unknown), or a year neither open nor with checklists "
            + "(rule academic-year-not-open)")
    ResponseEntity<?> readiness(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            @Parameter(description = "The `next` of the previous page") @RequestParam(required = false) String after,
            @Parameter(description = "Students per page")
                    @RequestParam(defaultValue = "100")
                    @Min(1)
                    @Max(StorePages.MAX_LIMIT)
                    int limit,
            HttpServletRequest request) {
        years.requireNamed(programme, year);
        var prefix = ReadinessRows.prefix(programme, year);
        return router.route(
                request, GraduationTopology.READINESS_STORE, ReadinessRows.cohortKey(programme, year), () -> {
                    years.requireReportable(
                            programme,
                            year,
                            () -> !stores.page(GraduationTopology.READINESS_STORE, prefix, null, 1)
                                    .items()
                                    .isEmpty());
                    Page<GraduationReadiness> page = stores.page(
                            GraduationTopology.READINESS_STORE, prefix, after == null ? null : prefix + after, limit);
                    var items = page.items().stream().map(Page.Item::value).toList();
                    var next = page.next() == null ? null : page.next().substring(prefix.length());
                    return ResponseEntity.ok(new ReadinessPage(programme, year, items, next));
                });
    }
}
