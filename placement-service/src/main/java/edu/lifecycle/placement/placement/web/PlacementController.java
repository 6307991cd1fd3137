package edu.lifecycle.placement.placement.web;

import edu.lifecycle.placement.placement.stream.PlacementCommandFormat;
import edu.lifecycle.placement.placement.stream.PlacementIds;
import edu.lifecycle.placement.placement.stream.StudentPlacements;
import edu.lifecycle.placement.placement.stream.StudentPlacementsProjector;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandResponses;
import edu.lifecycle.servicekit.command.IdempotencyKey;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A student's internships and work-study contracts. Every change is a command decided on Kafka: 200/201 with the
 * placement record as it now stands, a problem naming the refusing rule, or 202 with a link to the pending outcome.
 * The lists are read from the {@code student-placements} read model, which follows the events within moments.
 */
@RestController
@RequestMapping("/api/v1/students/{studentId}/placements")
@Tag(name = "Placements", description = "Internship agreements, work-study contracts, early ends and validation")
class PlacementController {

    private final CommandGateway commands;
    private final KeyQueryRouter router;
    private final StoreQueries stores;
    private final Clock clock;

    PlacementController(CommandGateway commands, KeyQueryRouter router, StoreQueries stores, Clock clock) {
        this.commands = commands;
        this.router = router;
        this.stores = stores;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "A student's agreements and contracts, each with its status, and validated months")
    ResponseEntity<?> placements(@PathVariable String studentId, HttpServletRequest request) {
        return router.get(
                request,
                StudentPlacementsProjector.STORE,
                studentId,
                (StudentPlacements placements) -> placements,
                "Student " + studentId + " has no placement record.");
    }

    @GetMapping("/{placementId}")
    @Operation(summary = "One agreement or contract of a student")
    ResponseEntity<?> placement(
            @PathVariable String studentId, @PathVariable String placementId, HttpServletRequest request) {
        return router.route(
                request,
                StudentPlacementsProjector.STORE,
                studentId,
                () -> stores.<StudentPlacements>get(StudentPlacementsProjector.STORE, studentId)
                        .flatMap(placements -> placements.placements().stream()
                                .filter(entry -> entry.placementId().equals(placementId))
                                .findFirst())
                        .<ResponseEntity<?>>map(ResponseEntity::ok)
                        .orElseGet(() -> Problems.notFound(
                                "Student " + studentId + " has no agreement or contract " + placementId + ".")));
    }

    @PostMapping("/internships")
    @Operation(
            summary = "Sign an internship agreement",
            description = "An internship runs within the programme's bounds (4 to 6 months for M2-ISD) and may not "
                    + "overlap another agreement of the student. The new agreement's id is in the Location header.")
    ResponseEntity<Object> signInternship(
            @PathVariable String studentId,
            @Valid @RequestBody PlacementRequests.SignInternship body,
            @IdempotencyKey String idempotencyKey) {
        PlausibleDates.asOf(today())
                .period("startOn", body.startOn(), "endOn", body.endOn())
                .require();
        var submission =
                commands.submit(idempotencyKey, PlacementCommandFormat.CODEC, meta -> body.toCommand(meta, studentId));
        return CommandResponses.created(
                submission, location(studentId, PlacementIds.agreement(submission.commandId())));
    }

    @PostMapping("/work-study-contracts")
    @Operation(
            summary = "Sign a work-study contract",
            description = "Any enrolled student may: an initial-training student who finds one switches to "
                    + "work-study, and billing bills the employer. The contract's id is in the Location header.")
    ResponseEntity<Object> signWorkStudyContract(
            @PathVariable String studentId,
            @Valid @RequestBody PlacementRequests.SignWorkStudyContract body,
            @IdempotencyKey String idempotencyKey) {
        PlausibleDates.asOf(today())
                .period("startOn", body.startOn(), "endOn", body.endOn())
                .require();
        var submission =
                commands.submit(idempotencyKey, PlacementCommandFormat.CODEC, meta -> body.toCommand(meta, studentId));
        return CommandResponses.created(submission, location(studentId, PlacementIds.contract(submission.commandId())));
    }

    @PostMapping("/{placementId}/early-end")
    @Operation(summary = "End an agreement or contract before its end; only the time done will be validated")
    ResponseEntity<Object> endEarly(
            @PathVariable String studentId,
            @PathVariable String placementId,
            @Valid @RequestBody PlacementRequests.EndEarly body,
            @IdempotencyKey String idempotencyKey) {
        PlausibleDates.asOf(today()).day("endedOn", body.endedOn()).require();
        return CommandResponses.ok(commands.submit(
                idempotencyKey, PlacementCommandFormat.CODEC, meta -> body.toCommand(meta, studentId, placementId)));
    }

    @PostMapping("/{placementId}/validation")
    @Operation(
            summary = "Validate an agreement or contract after its last day, with the tutor's evaluation out of 20",
            description = "Its months done add to the student's total; the first time the total reaches the "
                    + "programme's requirement, ExperienceRequirementMet is published.")
    ResponseEntity<Object> validate(
            @PathVariable String studentId,
            @PathVariable String placementId,
            @Valid @RequestBody PlacementRequests.Validate body,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(commands.submit(
                idempotencyKey, PlacementCommandFormat.CODEC, meta -> body.toCommand(meta, studentId, placementId)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static URI location(String studentId, String placementId) {
        return URI.create("/api/v1/students/" + studentId + "/placements/" + placementId);
    }
}
