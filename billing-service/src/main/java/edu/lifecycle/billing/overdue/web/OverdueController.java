package edu.lifecycle.billing.overdue.web;

import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.billing.receivables.BilledCohorts;
import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.billing.receivables.Receivables;
import edu.lifecycle.billing.receivables.stream.ReceivablesStores;
import edu.lifecycle.billing.receivables.web.CohortPaths;
import edu.lifecycle.billing.web.PageCursor;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StorePages;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
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
    private final BilledCohorts billed;
    private final TuitionCatalog catalog;
    private final Clock clock;

    OverdueController(
            KeyQueryRouter router, StoreQueries stores, BilledCohorts billed, TuitionCatalog catalog, Clock clock) {
        this.router = router;
        this.stores = stores;
        this.billed = billed;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/overdue")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = OverduePage.class)))
    @Operation(
            summary = "Overdue lines still owing something, oldest due date first",
            description = "A page of at most `limit` lines: student, line, the day it fell due, the amount owed, days "
                    + "overdue and who owes it; pass the page's `next` as `after` for the following one. 404 for a "
                    + "programme billing does not bill or a year that is not open.")
    ResponseEntity<?> overdue(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            @Parameter(description = "The `next` of the previous page") @RequestParam(required = false) String after,
            @Parameter(description = "Lines per page, 1 to 500") @RequestParam(defaultValue = "50") int limit,
            HttpServletRequest request) {
        var cohort = CohortPaths.cohort(programme, year);
        int size = CohortPaths.limit(limit, StorePages.MAX_LIMIT);
        var prefix = ReceivablesStores.cohortPrefix(cohort);
        var afterKey = PageCursor.read(after, prefix, "after");
        return router.route(request, ReceivablesStores.OVERDUE, cohort.key(), () -> {
            // A programme year with accounts is reported on even once its year is closed; one never billed is unknown.
            boolean hasAccounts = stores.<Receivables>get(ReceivablesStores.RECEIVABLES, cohort.key())
                    .isPresent();
            var whyNot = billed.whyNotBilled(cohort);
            if (!hasAccounts && whyNot.isPresent()) {
                return Problems.notFound(whyNot.get());
            }
            var page = stores.<OverdueLine>page(ReceivablesStores.OVERDUE, prefix, afterKey, size);
            return ResponseEntity.ok(OverduePage.of(page, catalog.dayOf(clock.instant())));
        });
    }
}
