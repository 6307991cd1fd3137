package edu.lifecycle.billing.overdue.web;

import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.billing.receivables.stream.ReceivablesStores;
import edu.lifecycle.billing.web.CohortPaths;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StorePages;
import edu.lifecycle.servicekit.query.StoreQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The overdue lines of a programme year, oldest first, a page at a time. */
@RestController
@Tag(name = "Overdue")
class OverdueController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;

    OverdueController(KeyQueryRouter router, StoreQueries stores) {
        this.router = router;
        this.stores = stores;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/overdue")
    @Operation(
            summary = "Overdue lines still owing something, oldest due date first",
            description = "A page of at most `limit` lines; pass the page's `next` as `after` for the following one.")
    ResponseEntity<?> overdue(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            @Parameter(description = "The `next` of the previous page") @RequestParam(required = false) String after,
            @Parameter(description = "Lines per page, 1 to 500") @RequestParam(defaultValue = "50") int limit,
            HttpServletRequest request) {
        var cohort = CohortPaths.cohort(programme, year);
        int size = CohortPaths.limit(limit, StorePages.MAX_LIMIT);
        return router.route(
                request,
                ReceivablesStores.OVERDUE,
                cohort.key(),
                () -> ResponseEntity.ok(stores.<OverdueLine>page(
                        ReceivablesStores.OVERDUE, ReceivablesStores.cohortPrefix(cohort), after, size)));
    }
}
