package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.transcript.ExamSession;
import edu.lifecycle.servicekit.web.MarkOutOf20;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The bodies of transcript commands: what a client posts (or a policy derives) and what travels in the command's
 * envelope. Validation here refuses malformed input with 400 before anything reaches Kafka; the business rules
 * (sessions, jury size, dates) stay in the domain.
 */
public final class TranscriptPayloads {

    private TranscriptPayloads() {}

    public record RecordGrade(
            @NotBlank @Size(max = 32) String courseCode,
            @NotNull @MarkOutOf20 BigDecimal mark,
            @NotNull ExamSession session) {}

    public record SubmitDissertation(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 200) String supervisor) {}

    /** A first schedule, or a new one for the defense awaiting its result. */
    public record ScheduleDefense(
            @NotNull Instant defenseAt,
            @NotBlank @Size(max = 100) String room,
            @NotNull @Size(max = 12) List<@NotBlank @Size(max = 200) String> jury) {}

    public record RecordDefenseResult(@NotNull @MarkOutOf20 BigDecimal mark) {}

    /** From {@code StudentEnrolled}. */
    public record OpenTranscript(String programme, String academicYear) {}

    /** From {@code EnrollmentWithdrawn}. */
    public record CloseTranscript(String reason) {}

    /** From {@code ExperienceRequirementMet} or {@code TuitionSettled}: which event, and when it happened. */
    public record GraduationFact(String sourceEventId, Instant occurredAt) {}
}
