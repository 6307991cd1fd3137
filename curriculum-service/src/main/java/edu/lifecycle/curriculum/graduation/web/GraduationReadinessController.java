package edu.lifecycle.curriculum.graduation.web;

import edu.lifecycle.curriculum.graduation.GraduationChecklist;
import edu.lifecycle.curriculum.graduation.GraduationReadiness;
import edu.lifecycle.curriculum.graduation.stream.GraduationTopology;
import edu.lifecycle.servicekit.query.StorePages;
import edu.lifecycle.servicekit.query.StoreQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Graduation readiness of a programme year: every student with a checklist, the four conditions and which is
 * missing, by student id. The checklists are keyed by student, not by cohort, so this reads the instance's own
 * stores (README, "Rules worth knowing").
 */
@RestController
@Tag(name = "Graduation")
class GraduationReadinessController {

    private final StoreQueries stores;

    GraduationReadinessController(StoreQueries stores) {
        this.stores = stores;
    }

    /** One page of readiness lines; {@code next} is the last student id of the page when more follow. */
    record ReadinessPage(String programme, String academicYear, List<GraduationReadiness> items, String next) {}

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/graduation-readiness")
    @Operation(
            summary = "Every student of a programme year with the four degree conditions and which is missing",
            description = "Ordered by student id, a page at a time: pass `next` as `after`. Empty for a programme "
                    + "year without checklists.")
    ResponseEntity<ReadinessPage> readiness(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            @Parameter(description = "The `next` of the previous page") @RequestParam(required = false) String after,
            @Parameter(description = "Students per page")
                    @RequestParam(defaultValue = "100")
                    @Min(1)
                    @Max(StorePages.MAX_LIMIT)
                    int limit) {
        // The store's own order is its key bytes' (not the student ids'), so the cohort is gathered, then ordered.
        var cohort = new ArrayList<GraduationReadiness>();
        try (var all = stores.<GraduationChecklist>local(GraduationTopology.CHECKLISTS_STORE)
                .all()) {
            while (all.hasNext()) {
                var checklist = all.next().value;
                if (programme.equals(checklist.programme()) && year.equals(checklist.academicYear())) {
                    cohort.add(GraduationReadiness.of(checklist));
                }
            }
        }
        cohort.sort(Comparator.comparing(GraduationReadiness::studentId));
        var items = cohort.stream()
                .filter(line -> after == null || line.studentId().compareTo(after) > 0)
                .limit(limit + 1L)
                .toList();
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            next = items.get(limit - 1).studentId();
        }
        return ResponseEntity.ok(new ReadinessPage(programme, year, items, next));
    }
}
