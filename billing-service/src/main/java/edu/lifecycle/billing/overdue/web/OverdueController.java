package edu.lifecycle.billing.overdue.web;

import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.billing.receivables.Cohort;
import edu.lifecycle.billing.receivables.OverdueLine;
import edu.lifecycle.billing.receivables.Receivables;
import edu.lifecycle.billing.receivables.stream.ReceivablesStores;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StorePages;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.BadRequestProblem;
import edu.lifecycle.servicekit.web.NotFoundProblem;
import edu.lifecycle.servicekit.web.PageCursor;
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
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The overdue lines of a programme year, oldest first, a page at a time, by the kit's programme-year rule
 * ({@link ProgrammeYears}).
 */
@RestController
@Tag(name = "Overdue")
class OverdueController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final ProgrammeYears years;
    private final TuitionCatalog catalog;
    private final Clock clock;

    OverdueController(
            KeyQueryRouter router, StoreQueries stores, ProgrammeYears years, TuitionCatalog catalog, Clock clock) {
        this.router = router;
        this.stores = stores;
        this.years = years;
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
                    + "overdue and who owes it; pass the page's `next` as `after` for the following one. Empty for "
                    + "an open year without accounts yet.")
    @NotFoundProblem("A programme billing does not bill (rule programme-unknown), or a year neither open nor with "
            + "accounts (rule academic-year-not-open)")
    @BadRequestProblem("A malformed academic year, limit or after")
    ResponseEntity<?> overdue(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            @Parameter(description = "The `next` of the previous page") @RequestParam(required = false) String after,
            @Parameter(description = "Lines per page")
                    @RequestParam(defaultValue = StorePages.DEFAULT_LIMIT)
                    @Min(1)
                    @Max(StorePages.MAX_LIMIT)
                    int limit,
            HttpServletRequest request) {
        years.requireNamed(programme, year);
        var cohort = new Cohort(programme, year);
        var prefix = ReceivablesStores.cohortPrefix(cohort);
        var afterKey = PageCursor.read(after, prefix, "after");
        return router.route(request, ReceivablesStores.OVERDUE, cohort.key(), () -> {
            // Whether the programme year has accounts is the receivables' to say: an overdue list may be empty.
            years.requireReportable(
                    programme,
                    year,
                    () -> stores.<Receivables>get(ReceivablesStores.RECEIVABLES, cohort.key())
                            .isPresent());
            var page = stores.<OverdueLine>page(ReceivablesStores.OVERDUE, prefix, afterKey, limit);
            return ResponseEntity.ok(OverduePage.of(page, catalog.dayOf(clock.instant())));
        });
    }
}
