package edu.lifecycle.admissions.intake.stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.intake.IntakeCommand;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.testing.CommandFormatContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The internal format of an intake's commands (ADR 17), checked by the kit's contract: the envelopes the previous
 * release's applications wrote, pinned in {@code commands/previous-release/} (generated with that release's code), and
 * the shape snapshot.
 */
class IntakeCommandFormatTest extends CommandFormatContract<IntakeCommand> {

    private static final String STUDENT = "stu-1";
    private static final Instant AT = Instant.parse("2026-09-02T10:15:30Z");
    private static final IntakeKey INTAKE = new IntakeKey("M2-ISD", new AcademicYear(2026));

    /** What each pinned envelope holds, as a domain command. */
    static final Map<String, IntakeCommand> PREVIOUS_RELEASE = Map.of(
            "place-applicant",
            new IntakeCommand.PlaceApplicant(
                    "place-applicant:c-decide",
                    INTAKE,
                    STUDENT,
                    AT,
                    AdmissionDecision.ADMITTED,
                    Optional.of("strong file"),
                    new BigDecimal("27.75"),
                    Optional.of("jury.knuth")),
            "release-seat",
            new IntakeCommand.ReleaseSeat("c-withdraw:release-seat", INTAKE, STUDENT, AT));

    @Override
    protected CommandCodec<IntakeCommand> codec() {
        return IntakeCommandFormat.CODEC;
    }

    @Override
    protected Map<String, IntakeCommand> previousRelease() {
        return PREVIOUS_RELEASE;
    }

    @Override
    protected String shapeResource() {
        return "commands/intake-commands.shape";
    }

    @Test
    void anEnvelopeKeyedByNoProgrammeYearIsNotRead() {
        String misrouted = fixture("release-seat").replace("\"M2-ISD/2026-2027\"", "\"stu-1\"");

        assertThatThrownBy(() ->
                        IntakeCommandFormat.CODEC.decode(KitJson.mapper().readValue(misrouted, CommandEnvelope.class)))
                .hasMessageContaining("Not an intake key");
    }
}
