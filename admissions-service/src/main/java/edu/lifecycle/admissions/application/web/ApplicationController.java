package edu.lifecycle.admissions.application.web;

import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.application.stream.ApplicationAggregate;
import edu.lifecycle.admissions.application.stream.ApplicationCommandFormat;
import edu.lifecycle.admissions.application.stream.ApplicationView;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandResponses;
import edu.lifecycle.servicekit.command.IdempotencyKey;
import edu.lifecycle.servicekit.command.PendingCommand;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An applicant's way from application to enrollment. Every change is a command decided on Kafka: 200/201 with the
 * application as it now stands, a problem naming the refusing rule, or 202 with a link to the pending outcome.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Application, eligibility, entrance exam, admission, enrollment")
class ApplicationController {

    private final CommandGateway commands;
    private final KeyQueryRouter queries;
    private final AwaitingFinalDecision finalDecisions;
    private final CommandCodec<ApplicationCommand> codec;

    ApplicationController(
            CommandGateway commands,
            KeyQueryRouter queries,
            AwaitingFinalDecision finalDecisions,
            PersonalFields personal) {
        this.commands = commands;
        this.queries = queries;
        this.finalDecisions = finalDecisions;
        // Name and e-mail are sealed with the person's data key before a command reaches the commands topic.
        this.codec = ApplicationCommandFormat.codec(personal);
    }

    @PostMapping
    @Operation(summary = "Submit an application; eligibility is assessed at once")
    ResponseEntity<Object> submit(
            @Valid @RequestBody ApplicationRequests.SubmitApplication body, @IdempotencyKey String idempotencyKey) {
        // A student applies under their own student id only (403 otherwise); an officer under any.
        Callers.requireOwnStudent(body.studentId());
        var submission = commands.submit(idempotencyKey, codec, body::toCommand);
        return CommandResponses.created(submission, location(body.studentId()));
    }

    @GetMapping("/{studentId}")
    @Operation(summary = "An application with its full status")
    ResponseEntity<?> application(@PathVariable String studentId, HttpServletRequest request) {
        return queries.get(
                request,
                ApplicationAggregate.STATE_STORE,
                studentId,
                ApplicationView::of,
                "No application from student " + studentId + ".");
    }

    @PostMapping("/{studentId}/eligibility-override")
    @Operation(
            summary = "An officer overrides the automatic eligibility, with a written reason; recorded under the"
                    + " signed-in officer's staff id (a body naming an officer is refused)")
    ResponseEntity<Object> overrideEligibility(
            @PathVariable String studentId,
            @Valid @RequestBody ApplicationRequests.OverrideEligibility body,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(commands.submit(idempotencyKey, codec, meta -> body.toCommand(meta, studentId)));
    }

    @PostMapping("/{studentId}/exam")
    @Operation(summary = "Grade the entrance exam: written and interview marks out of 20")
    ResponseEntity<Object> gradeExam(
            @PathVariable String studentId,
            @Valid @RequestBody ApplicationRequests.GradeEntranceExam body,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(commands.submit(idempotencyKey, codec, meta -> body.toCommand(meta, studentId)));
    }

    @PostMapping("/{studentId}/decision")
    @Operation(
            summary = "Decide admission: ADMITTED, WAITLISTED or REJECTED",
            description = "The jury's decision goes to the programme year's intake, which applies its capacity (an "
                    + "admission past it is waitlisted, reason 'capacity reached'). The answer is the final decision: "
                    + "200 with the application ADMITTED, WAITLISTED or REJECTED, after which an admitted applicant "
                    + "may enroll at once; or 202 with the Location of the final decision's outcome while it is "
                    + "still being taken.")
    @ApiResponse(responseCode = "200", description = "The final decision, on the application")
    @ApiResponse(
            responseCode = "202",
            description = "The decision is still being taken; GET the Location for its outcome",
            content = @Content(schema = @Schema(implementation = PendingCommand.class)))
    ResponseEntity<Object> decide(
            @PathVariable String studentId,
            @Valid @RequestBody ApplicationRequests.DecideAdmission body,
            @IdempotencyKey String idempotencyKey) {
        long started = System.nanoTime();
        var request = commands.submit(idempotencyKey, codec, meta -> body.toCommand(meta, studentId));
        return finalDecisions.answer(request, started);
    }

    @PostMapping("/{studentId}/enrollment")
    @Operation(summary = "Enroll an admitted applicant with a stream and a scheme")
    ResponseEntity<Object> enroll(
            @PathVariable String studentId,
            @Valid @RequestBody ApplicationRequests.Enroll body,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.created(
                commands.submit(idempotencyKey, codec, meta -> body.toCommand(meta, studentId)), location(studentId));
    }

    @PostMapping("/{studentId}/withdrawal")
    @Operation(summary = "Withdraw an application or an enrollment; a freed seat goes to the best waitlisted")
    ResponseEntity<Object> withdraw(
            @PathVariable String studentId,
            @Valid @RequestBody ApplicationRequests.Withdraw body,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(commands.submit(idempotencyKey, codec, meta -> body.toCommand(meta, studentId)));
    }

    private static URI location(String studentId) {
        return URI.create("/api/v1/applications/" + studentId);
    }
}
