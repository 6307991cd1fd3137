package edu.lifecycle.placement.placement.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.placement.placement.Sector;
import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.testing.CommandFormatContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The internal format of the placement record's commands (ADR 17), checked by the kit's contract: the previous release's envelopes,
 * pinned in {@code commands/previous-release/} (generated with that release's code), and the shape snapshot.
 */
class PlacementCommandFormatTest extends CommandFormatContract<PlacementCommand> {

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

    @Override
    protected CommandCodec<PlacementCommand> codec() {
        return PlacementCommandFormat.CODEC;
    }

    @Override
    protected Map<String, PlacementCommand> previousRelease() {
        return PREVIOUS_RELEASE;
    }

    @Override
    protected String shapeResource() {
        return "commands/placement-commands.shape";
    }

    @Test
    void aBlankCompetitionThePreviousReleaseQueuedReadsAsNone() {
        String blank = fixture("record-graduate-outcome").replace("\"Concours A\"", "\"  \"");

        var command = (PlacementCommand.RecordGraduateOutcome)
                PlacementCommandFormat.CODEC.decode(KitJson.mapper().readValue(blank, CommandEnvelope.class));

        assertThat(command.competitionPassed()).isEmpty();
    }
}
