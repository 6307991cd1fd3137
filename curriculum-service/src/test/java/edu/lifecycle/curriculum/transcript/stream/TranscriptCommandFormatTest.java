package edu.lifecycle.curriculum.transcript.stream;

import edu.lifecycle.curriculum.transcript.ExamSession;
import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.testing.CommandFormatContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The internal format of the transcript's commands (ADR 17), checked by the kit's contract: the previous release's envelopes,
 * pinned in {@code commands/previous-release/} (generated with that release's code), and the shape snapshot.
 */
class TranscriptCommandFormatTest extends CommandFormatContract<TranscriptCommand> {

    private static final String STUDENT = "stu-1";
    private static final Instant AT = Instant.parse("2026-09-02T10:15:30Z");
    private static final List<String> JURY = List.of("Dr Hopper", "Pr Knuth", "Dr Liskov");

    /** What each pinned envelope holds, as a domain command. */
    static final Map<String, TranscriptCommand> PREVIOUS_RELEASE = Map.of(
            "open-transcript",
            new TranscriptCommand.OpenTranscript("policy:enrollments:evt-1", STUDENT, AT, "MSC-DS", "2026-2027"),
            "close-transcript",
            new TranscriptCommand.CloseTranscript("policy:enrollments:evt-2", STUDENT, AT, "moved abroad"),
            "record-grade",
            new TranscriptCommand.RecordGrade(
                    "c-record-grade",
                    STUDENT,
                    AT,
                    "DS-101",
                    new BigDecimal("14.5"),
                    ExamSession.FIRST,
                    Optional.of("prof.lovelace")),
            "submit-dissertation",
            new TranscriptCommand.SubmitDissertation(
                    "c-submit-dissertation", STUDENT, AT, "Streams at rest", "Dr Hopper"),
            "schedule-defense",
            new TranscriptCommand.ScheduleDefense(
                    "c-schedule-defense", STUDENT, AT, Instant.parse("2027-06-20T09:00:00Z"), "B-204", JURY),
            "reschedule-defense",
            new TranscriptCommand.RescheduleDefense(
                    "c-reschedule-defense", STUDENT, AT, Instant.parse("2027-06-27T09:00:00Z"), "B-205", JURY),
            "record-defense-result",
            new TranscriptCommand.RecordDefenseResult(
                    "c-record-defense-result", STUDENT, AT, new BigDecimal("16.00"), Optional.of("prof.hopper")),
            "record-experience-met",
            new TranscriptCommand.RecordExperienceMet(
                    "policy:experience-met:evt-3", STUDENT, AT, "evt-3", Instant.parse("2027-05-01T08:00:00Z")),
            "record-tuition-settled",
            new TranscriptCommand.RecordTuitionSettled(
                    "policy:tuition-settled:evt-4", STUDENT, AT, "evt-4", Instant.parse("2027-04-01T08:00:00Z")));

    @Override
    protected CommandCodec<TranscriptCommand> codec() {
        return TranscriptCommandFormat.CODEC;
    }

    @Override
    protected Map<String, TranscriptCommand> previousRelease() {
        return PREVIOUS_RELEASE;
    }

    @Override
    protected String shapeResource() {
        return "commands/transcript-commands.shape";
    }
}
