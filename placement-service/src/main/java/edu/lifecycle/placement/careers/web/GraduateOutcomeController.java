package edu.lifecycle.placement.careers.web;

import edu.lifecycle.placement.careers.GraduateOutcomes;
import edu.lifecycle.placement.careers.stream.GraduateOutcomesProjector;
import edu.lifecycle.placement.cohort.Cohort;
import edu.lifecycle.placement.cohort.web.CohortPaths;
import edu.lifecycle.placement.placement.stream.PlacementCommandFormat;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandResponses;
import edu.lifecycle.servicekit.command.IdempotencyKey;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
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
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Graduates' first positions: recorded one by one, read per programme year. */
@RestController
@Tag(name = "Careers", description = "Graduate outcomes by sector and the placement rate")
class GraduateOutcomeController {

    private final CommandGateway commands;
    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final CohortPaths cohorts;

    GraduateOutcomeController(
            CommandGateway commands, KeyQueryRouter router, StoreQueries stores, CohortPaths cohorts) {
        this.commands = commands;
        this.router = router;
        this.stores = stores;
        this.cohorts = cohorts;
    }

    @PostMapping("/api/v1/students/{studentId}/graduate-outcome")
    @Operation(
            summary = "Record a graduate's first position",
            description = "Only for a graduate (after curriculum's DegreeAwarded), once.")
    ResponseEntity<Object> record(
            @PathVariable String studentId,
            @Valid @RequestBody RecordGraduateOutcome body,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(
                commands.submit(idempotencyKey, PlacementCommandFormat.CODEC, meta -> body.toCommand(meta, studentId)));
    }

    @GetMapping("/api/v1/programmes/{programme}/years/{year}/graduate-outcomes")
    @Operation(
            summary = "Graduate outcomes of a programme year by sector, and the placement rate within six months",
            description = "The rate counts graduates who took up their first position at most six months after the "
                    + "degree, out of all graduates, in percent. All zero for a year without graduates yet.")
    @ApiResponse(
            responseCode = "200",
            description = "The outcomes; all zero for a year without graduates",
            content = @Content(schema = @Schema(implementation = GraduateOutcomes.class)))
    @BadRequestProblem("A malformed year")
    @NotFoundProblem("A programme placement does not know, or a year neither open nor with students")
    @UnavailableProblem
    ResponseEntity<?> outcomes(
            @Parameter(description = "Programme id", example = "M2-ISD") @PathVariable String programme,
            @Parameter(description = "Academic year", example = "2026-2027") @PathVariable String year,
            HttpServletRequest request) {
        Cohort cohort = cohorts.cohort(programme, year);
        return router.route(
                request,
                GraduateOutcomesProjector.STORE,
                cohort.key(),
                () -> cohorts.answer(
                        cohort,
                        () -> ResponseEntity.ok(stores.<GraduateOutcomes>get(
                                        GraduateOutcomesProjector.STORE, cohort.key())
                                .orElseGet(() -> GraduateOutcomes.none(cohort.programme(), cohort.academicYear())))));
    }
}
