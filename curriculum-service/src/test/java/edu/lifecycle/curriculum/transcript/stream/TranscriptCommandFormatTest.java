package edu.lifecycle.curriculum.transcript.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.transcript.ExamSession;
import edu.lifecycle.curriculum.transcript.TranscriptCommand;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.json.KitJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The internal format of the transcript's commands: an envelope written by the previous release (one pinned in
 * {@code commands/previous-release/} per command type, exactly as it wrote them) reads as the same domain command, and
 * this release writes it byte for byte but for the format version. Changing a command record's shape fails
 * {@link #theShapeOfEveryCommandIsTheCommittedOne} until the snapshot is updated on purpose.
 */
class TranscriptCommandFormatTest {

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

    static Iterable<String> types() {
        return TranscriptCommandFormat.CODEC.types().keySet();
    }

    @Test
    void everyCommandTypeHasAnEnvelopeOfThePreviousRelease() {
        assertThat(PREVIOUS_RELEASE.keySet()).containsExactlyInAnyOrderElementsOf(types());
    }

    @ParameterizedTest
    @MethodSource("types")
    void anEnvelopeOfThePreviousReleaseReadsAsTheSameCommand(String type) {
        CommandEnvelope previous = KitJson.mapper().readValue(fixture(type), CommandEnvelope.class);

        assertThat(previous.format()).isEqualTo(1);
        // Amounts compare by value: a JSON number read off the topic has lost its scale, in this release as in the
        // last.
        assertThat(TranscriptCommandFormat.CODEC.decode(previous))
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(PREVIOUS_RELEASE.get(type));
    }

    @ParameterizedTest
    @MethodSource("types")
    void thisReleaseWritesTheSameTypeAndPayload(String type) {
        CommandEnvelope previous = KitJson.mapper().readValue(fixture(type), CommandEnvelope.class);
        TranscriptCommand command = PREVIOUS_RELEASE.get(type);

        CommandEnvelope now = TranscriptCommandFormat.CODEC.envelope(
                new CommandMeta(previous.commandId(), previous.issuedAt(), Optional.ofNullable(previous.actor())),
                command);

        // Byte for byte the previous release's envelope, but for the format version this release names.
        String written = KitJson.mapper().writeValueAsString(now.withFingerprint(previous.fingerprint()));
        assertThat(now.format()).isEqualTo(CommandEnvelope.FORMAT);
        assertThat(written.replace(",\"format\":1}", "}"))
                .isEqualTo(fixture(type).strip());
    }

    @Test
    void theShapeOfEveryCommandIsTheCommittedOne() {
        assertThat(TranscriptCommandFormat.CODEC.shape()).isEqualTo(resource("commands/transcript-commands.shape"));
    }

    private static String fixture(String type) {
        return resource("commands/previous-release/" + type + ".json");
    }

    private static String resource(String name) {
        try (var in = TranscriptCommandFormatTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
