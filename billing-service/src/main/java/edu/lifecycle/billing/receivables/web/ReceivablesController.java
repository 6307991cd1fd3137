package edu.lifecycle.billing.receivables.web;

import edu.lifecycle.billing.receivables.BilledCohorts;
import edu.lifecycle.billing.receivables.Receivables;
import edu.lifecycle.billing.receivables.stream.ReceivablesStores;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The receivables of a programme year. */
@RestController
@Tag(name = "Receivables")
class ReceivablesController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final BilledCohorts billed;

    ReceivablesController(KeyQueryRouter router, StoreQueries stores, BilledCohorts billed) {
        this.router = router;
        this.stores = stores;
        this.billed = billed;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/receivables")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = ReceivablesView.class)))
    @Operation(
            summary = "What a programme year's students were billed, paid and still owe",
            description = "Billed, collected (received less reimbursed), outstanding, overdue, reimbursed to students "
                    + "and invoiced to employers; all zero for an open year without accounts yet. 404 for a programme "
                    + "billing does not bill or a year that is not open (unless it has accounts).")
    ResponseEntity<?> receivables(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            HttpServletRequest request) {
        var cohort = CohortPaths.cohort(programme, year);
        return router.route(request, ReceivablesStores.RECEIVABLES, cohort.key(), () -> {
            Optional<Receivables> totals = stores.get(ReceivablesStores.RECEIVABLES, cohort.key());
            var whyNot = billed.whyNotBilled(cohort);
            if (totals.isEmpty() && whyNot.isPresent()) {
                return Problems.notFound(whyNot.get());
            }
            return ResponseEntity.ok(ReceivablesView.of(totals.orElseGet(() -> Receivables.empty(cohort))));
        });
    }
}
