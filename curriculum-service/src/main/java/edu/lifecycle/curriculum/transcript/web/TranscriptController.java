package edu.lifecycle.curriculum.transcript.web;

import edu.lifecycle.curriculum.transcript.stream.TranscriptAggregate;
import edu.lifecycle.curriculum.transcript.stream.TranscriptCommandFormat;
import edu.lifecycle.curriculum.transcript.stream.TranscriptView;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandResponses;
import edu.lifecycle.servicekit.command.IdempotencyKey;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A student's transcript. Transcripts open and close with enrollments and withdrawals on admissions' events; grades,
 * the dissertation and its defense are commands decided on Kafka: 200/201 with the transcript as it now stands, a
 * problem naming the refusing rule, or 202 with a link to the pending outcome. The student id's shape is the kit's one
 * rule for path ids, checked before any handler runs.
 */
@RestController
@RequestMapping("/api/v1/transcripts/{studentId}")
@Tag(name = "Transcripts", description = "Grades, ECTS, the dissertation, its defense and the degree")
class TranscriptController {

    private final CommandGateway commands;
    private final KeyQueryRouter queries;
    private final Clock clock;

    TranscriptController(CommandGateway commands, KeyQueryRouter queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "A transcript: courses, marks, sessions, ECTS earned of 60, running average, the degree")
    ResponseEntity<?> transcript(@PathVariable String studentId, HttpServletRequest request) {
        return queries.get(
                request,
                TranscriptAggregate.STATE_STORE,
                studentId,
                TranscriptView::of,
                "No transcript for student " + studentId + ".");
    }

    @PostMapping("/grades")
    @Operation(
            summary = "Record a course mark out of 20, first session or resit",
            description = "A resit only follows a failed first session and replaces it; a course is passed at 10 "
                    + "and earns its ECTS. The degree is awarded at once when this completes its conditions.")
    ResponseEntity<Object> recordGrade(
            @PathVariable String studentId,
            @Valid @RequestBody TranscriptRequests.RecordGrade body,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(commands.submit(
                idempotencyKey, TranscriptCommandFormat.CODEC, meta -> body.toCommand(meta, studentId)));
    }

    @PostMapping("/dissertation")
    @Operation(summary = "Submit the professional dissertation with its title and supervisor")
    ResponseEntity<Object> submitDissertation(
            @PathVariable String studentId,
            @Valid @RequestBody TranscriptRequests.SubmitDissertation body,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.created(
                commands.submit(idempotencyKey, TranscriptCommandFormat.CODEC, meta -> body.toCommand(meta, studentId)),
                URI.create("/api/v1/transcripts/" + studentId));
    }

    @PostMapping("/dissertation/defense")
    @Operation(
            summary = "Schedule the defense: date and time, room, a jury of at least two",
            description = "Only after submission, in the future (a date outside a year before to two years after "
                    + "today is a 400); a failed defense may be scheduled once more. A defense already scheduled "
                    + "moves with PUT.")
    ResponseEntity<Object> scheduleDefense(
            @PathVariable String studentId,
            @Valid @RequestBody TranscriptRequests.ScheduleDefense body,
            @IdempotencyKey String idempotencyKey) {
        PlausibleDefenseDates.require(body.defenseAt(), clock.instant());
        return CommandResponses.ok(commands.submit(
                idempotencyKey, TranscriptCommandFormat.CODEC, meta -> body.toSchedule(meta, studentId)));
    }

    @PutMapping("/dissertation/defense")
    @Operation(
            summary = "Reschedule the defense awaiting its result: a new date and time, room and jury of at least two",
            description = "Until the result is recorded, even once the first date has passed; the new date is in "
                    + "the future. Published as DefenseScheduled, and the calendar moves the defense.")
    ResponseEntity<Object> rescheduleDefense(
            @PathVariable String studentId,
            @Valid @RequestBody TranscriptRequests.ScheduleDefense body,
            @IdempotencyKey String idempotencyKey) {
        PlausibleDefenseDates.require(body.defenseAt(), clock.instant());
        return CommandResponses.ok(commands.submit(
                idempotencyKey, TranscriptCommandFormat.CODEC, meta -> body.toReschedule(meta, studentId)));
    }

    @PostMapping("/dissertation/defense/result")
    @Operation(
            summary = "Record the jury's mark of the defense, passed at 10",
            description = "At or after the defense's scheduled time, never before it (defense-not-yet-held).")
    ResponseEntity<Object> recordDefenseResult(
            @PathVariable String studentId,
            @Valid @RequestBody TranscriptRequests.RecordDefenseResult body,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(commands.submit(
                idempotencyKey, TranscriptCommandFormat.CODEC, meta -> body.toCommand(meta, studentId)));
    }
}
