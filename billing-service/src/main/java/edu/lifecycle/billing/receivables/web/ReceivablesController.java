package edu.lifecycle.billing.receivables.web;

import edu.lifecycle.billing.receivables.Cohort;
import edu.lifecycle.billing.receivables.Receivables;
import edu.lifecycle.billing.receivables.stream.ReceivablesStores;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
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
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The receivables of a programme year, by the kit's programme-year rule ({@link ProgrammeYears}). */
@RestController
@Tag(name = "Receivables")
class ReceivablesController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final ProgrammeYears years;

    ReceivablesController(KeyQueryRouter router, StoreQueries stores, ProgrammeYears years) {
        this.router = router;
        this.stores = stores;
        this.years = years;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/receivables")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = ReceivablesView.class)))
    @Operation(
            summary = "What a programme year's students were billed, paid and still owe",
            description = "Billed, collected (received less reimbursed), outstanding, overdue, reimbursed to students "
                    + "and invoiced to employers; all zero for an open year without accounts yet.")
    @NotFoundProblem("A programme billing does not bill (rule programme-unknown), or a year neither open nor with "
            + "accounts (rule academic-year-not-open)")
    @BadRequestProblem("A malformed academic year")
    ResponseEntity<?> receivables(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            HttpServletRequest request) {
        years.requireNamed(programme, year);
        var cohort = new Cohort(programme, year);
        return router.route(request, ReceivablesStores.RECEIVABLES, cohort.key(), () -> {
            Optional<Receivables> totals = stores.get(ReceivablesStores.RECEIVABLES, cohort.key());
            years.requireReportable(programme, year, totals::isPresent);
            return ResponseEntity.ok(ReceivablesView.of(totals.orElseGet(() -> Receivables.empty(cohort))));
        });
    }
}
