package edu.lifecycle.placement.validation.web;

import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.web.CohortPaths;
import edu.lifecycle.placement.placement.Programme;
import edu.lifecycle.placement.placement.ProgrammeCatalog;
import edu.lifecycle.placement.validation.PendingValidation;
import edu.lifecycle.placement.validation.PendingValidationsPage;
import edu.lifecycle.placement.validation.stream.PendingValidationsProjector;
import edu.lifecycle.placement.validation.stream.PendingValidationsQuery;
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
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agreements and contracts of a programme year that have ended and await their tutor's validation. */
@RestController
@Tag(name = "Validations", description = "Placements awaiting validation")
class PendingValidationsController {

    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final ProgrammeCatalog programmes;
    private final CohortPaths cohorts;
    private final Clock clock;

    PendingValidationsController(
            KeyQueryRouter router, StoreQueries stores, ProgrammeCatalog programmes, CohortPaths cohorts, Clock clock) {
        this.router = router;
        this.stores = stores;
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/pending-validations")
    @Operation(
            summary = "Agreements and contracts that have ended and are not validated, oldest end first",
            description = "A placement has ended once its last day worked (the early end, else the agreed end) is "
                    + "before today where the programme runs.")
    @ApiResponse(
            responseCode = "200",
            description = "One page of placements awaiting validation",
            content = @Content(schema = @Schema(implementation = PendingValidationsPage.class)))
    @BadRequestProblem("A malformed year or paging parameter")
    @NotFoundProblem("A programme placement does not know, or a year neither open nor with students")
    @UnavailableProblem
    ResponseEntity<?> pending(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Placements per page")
                    @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE)
                    @Min(1)
                    @Max(PageRequest.MAX_SIZE)
                    int size,
            HttpServletRequest request) {
        Cohort cohort = cohorts.cohort(programme, year);
        var zone = programmes.find(cohort.programme()).map(Programme::zone).orElse(Programme.DEFAULT_ZONE);
        var today = LocalDate.now(clock.withZone(zone));
        return router.route(
                request,
                PendingValidationsProjector.STORE,
                cohort.key(),
                () -> cohorts.answer(
                        cohort,
                        () -> ResponseEntity.ok(stores.read(
                                PendingValidationsProjector.STORE,
                                PendingValidation.class,
                                pending -> PendingValidationsQuery.page(
                                        pending, cohort, today, new PageRequest(page, size))))));
    }
}
