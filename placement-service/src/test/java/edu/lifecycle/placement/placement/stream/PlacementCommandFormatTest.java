package edu.lifecycle.placement.placement.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.placement.placement.Sector;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.json.KitJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The internal format of the placement record's commands: an envelope written by the previous release (one pinned in
 * {@code commands/previous-release/} per command type, exactly as it wrote them) reads as the same domain command, and
 * this release writes it byte for byte but for the format version. Changing a command record's shape fails
 * {@link #theShapeOfEveryCommandIsTheCommittedOne} until the snapshot is updated on purpose.
 */
class PlacementCommandFormatTest {

    private static final String STUDENT = "stu-1";
    private static final Instant AT = Instant.parse("2026-09-02T10:15:30Z");

    /** What each pinned envelope holds, as a domain command. */
    static final Map<String, PlacementCommand> PREVIOUS_RELEASE = Map.of(
            "open-placement-record",
            new PlacementCommand.OpenRecord("policy:enrollments:evt-1", STUDENT, AT, "M2-ISD", "2026-2027"),
            "close-placement-record",
            new PlacementCommand.CloseRecord(
                    "policy:enrollments:evt-2", STUDENT, AT, "enrollment withdrawn: moved abroad"),
            "sign-internship-agreement",
            new PlacementCommand.SignInternship(
                    "c-sign-internship",
                    STUDENT,
                    AT,
                    PlacementIds.agreement("c-sign-internship"),
                    "Acme Analytics",
                    Sector.STATE_CIVIL_SERVICE,
                    "Data engineer",
                    LocalDate.parse("2027-01-04"),
                    LocalDate.parse("2027-06-30"),
                    true,
                    "Dr Hopper"),
            "sign-work-study-contract",
            new PlacementCommand.SignWorkStudyContract(
                    "c-sign-work-study",
                    STUDENT,
                    AT,
                    PlacementIds.contract("c-sign-work-study"),
                    "Acme Analytics",
                    LocalDate.parse("2026-09-01"),
                    LocalDate.parse("2027-08-31")),
            "end-placement-early",
            new PlacementCommand.EndEarly(
                    "c-end-early", STUDENT, AT, "agr-1", LocalDate.parse("2027-03-31"), "company closed"),
            "validate-placement",
            new PlacementCommand.Validate(
                    "c-validate", STUDENT, AT, "agr-1", new BigDecimal("15.50"), Optional.of("tutor.knuth")),
            "note-graduation",
            new PlacementCommand.NoteGraduation("policy:degrees:evt-3", STUDENT, AT, "M2-ISD", "2026-2027"),
            "record-graduate-outcome",
            new PlacementCommand.RecordGraduateOutcome(
                    "c-graduate-outcome",
                    STUDENT,
                    AT,
                    Sector.TERRITORIAL_CIVIL_SERVICE,
                    "Ministry",
                    "Analyst",
                    Optional.of("Concours A"),
                    3));

    static Iterable<String> types() {
        return PlacementCommandFormat.CODEC.types().keySet();
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
        assertThat(PlacementCommandFormat.CODEC.decode(previous))
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(PREVIOUS_RELEASE.get(type));
    }

    @ParameterizedTest
    @MethodSource("types")
    void thisReleaseWritesTheSameTypeAndPayload(String type) {
        CommandEnvelope previous = KitJson.mapper().readValue(fixture(type), CommandEnvelope.class);
        PlacementCommand command = PREVIOUS_RELEASE.get(type);

        CommandEnvelope now = PlacementCommandFormat.CODEC.envelope(
                new CommandMeta(previous.commandId(), previous.issuedAt(), Optional.ofNullable(previous.actor())),
                command);

        // Byte for byte the previous release's envelope, but for the format version this release names.
        String written = KitJson.mapper().writeValueAsString(now.withFingerprint(previous.fingerprint()));
        assertThat(now.format()).isEqualTo(CommandEnvelope.FORMAT);
        assertThat(written.replace(",\"format\":1}", "}"))
                .isEqualTo(fixture(type).strip());
    }

    @Test
    void aBlankCompetitionThePreviousReleaseQueuedReadsAsNone() {
        String blank = fixture("record-graduate-outcome").replace("\"Concours A\"", "\"  \"");

        var command = (PlacementCommand.RecordGraduateOutcome)
                PlacementCommandFormat.CODEC.decode(KitJson.mapper().readValue(blank, CommandEnvelope.class));

        assertThat(command.competitionPassed()).isEmpty();
    }

    @Test
    void theShapeOfEveryCommandIsTheCommittedOne() {
        assertThat(PlacementCommandFormat.CODEC.shape()).isEqualTo(resource("commands/placement-commands.shape"));
    }

    private static String fixture(String type) {
        return resource("commands/previous-release/" + type + ".json");
    }

    private static String resource(String name) {
        try (var in = PlacementCommandFormatTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
