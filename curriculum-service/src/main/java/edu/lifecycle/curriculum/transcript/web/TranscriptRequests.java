package edu.lifecycle.curriculum.transcript.web;

import edu.lifecycle.curriculum.transcript.ExamSession;
import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.web.MarkOutOf20;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The request bodies of the transcript's REST commands: the public contract, with its validation, refusing malformed
 * input with 400 before anything reaches Kafka; the business rules (sessions, jury size, dates) stay in the domain.
 * The controller turns each into the domain command the gateway sends; the internal command format is that command's
 * own encoding ({@code TranscriptCommandFormat}), so renaming a field here never breaks a command already queued.
 */
public final class TranscriptRequests {

    private TranscriptRequests() {}

    public record RecordGrade(
            @NotBlank @Size(max = 32) String courseCode,
            @NotNull @MarkOutOf20 BigDecimal mark,
            @NotNull ExamSession session) {

        TranscriptCommand.RecordGrade toCommand(CommandMeta meta, String studentId) {
            // Who recorded the mark is the signed-in sender the gateway knows, never a field of the body.
            return new TranscriptCommand.RecordGrade(
                    meta.commandId(), studentId, meta.issuedAt(), courseCode, mark, session, meta.actor());
        }
    }

    public record SubmitDissertation(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 200) String supervisor) {

        TranscriptCommand.SubmitDissertation toCommand(CommandMeta meta, String studentId) {
            return new TranscriptCommand.SubmitDissertation(
                    meta.commandId(), studentId, meta.issuedAt(), title, supervisor);
        }
    }

    /** A first schedule, or a new one for the defense awaiting its result. */
    public record ScheduleDefense(
            @NotNull Instant defenseAt,
            @NotBlank @Size(max = 100) String room,
            @NotNull @Size(max = 12) List<@NotBlank @Size(max = 200) String> jury) {

        TranscriptCommand.ScheduleDefense toSchedule(CommandMeta meta, String studentId) {
            return new TranscriptCommand.ScheduleDefense(
                    meta.commandId(), studentId, meta.issuedAt(), defenseAt, room, jury);
        }

        TranscriptCommand.RescheduleDefense toReschedule(CommandMeta meta, String studentId) {
            return new TranscriptCommand.RescheduleDefense(
                    meta.commandId(), studentId, meta.issuedAt(), defenseAt, room, jury);
        }
    }

    public record RecordDefenseResult(@NotNull @MarkOutOf20 BigDecimal mark) {

        TranscriptCommand.RecordDefenseResult toCommand(CommandMeta meta, String studentId) {
            return new TranscriptCommand.RecordDefenseResult(
                    meta.commandId(), studentId, meta.issuedAt(), mark, meta.actor());
        }
    }
}
