package edu.lifecycle.admissions.application.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.admissions.application.ApplicantProfile;
import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.application.PriorDegree;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.privacy.DataKey;
import edu.lifecycle.admissions.privacy.InMemoryKeyRings;
import edu.lifecycle.admissions.privacy.KeyRing;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.admissions.privacy.PersonalDataUnreadableException;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.testing.CommandFormatContract;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The internal format of an application's commands (ADR 17), checked by the kit's contract: the previous release's
 * envelopes, pinned in {@code commands/previous-release/} (generated with that release's code, personal values sealed
 * under a fixed test key), and the shape snapshot. Sealing is deterministic under one key (FieldCipher's synthetic IV),
 * so this release writes the same ciphertext.
 */
class ApplicationCommandFormatTest extends CommandFormatContract<ApplicationCommand> {

    private static final String STUDENT = "stu-1";
    private static final Instant AT = Instant.parse("2026-09-02T10:15:30Z");

    /** What each pinned envelope holds, as a domain command. */
    static final Map<String, ApplicationCommand> PREVIOUS_RELEASE = Map.of(
            "submit-application",
            new ApplicationCommand.SubmitApplication(
                    "c-submit",
                    STUDENT,
                    AT,
                    "M2-ISD",
                    "2026-2027",
                    new PriorDegree("BSc Computer Science", "Université de Lyon", "FR", 180),
                    StudyStream.PROFESSIONAL,
                    TrainingScheme.INITIAL,
                    new ApplicantProfile("Ada Lovelace", "ada@example.org")),
            "override-eligibility",
            new ApplicationCommand.OverrideEligibility(
                    "c-override", STUDENT, AT, true, "Equivalent experience", Optional.of("officer.hopper")),
            "grade-entrance-exam",
            new ApplicationCommand.GradeEntranceExam(
                    "c-grade",
                    STUDENT,
                    AT,
                    new BigDecimal("15.50"),
                    new BigDecimal("12.25"),
                    Optional.of("jury.knuth")),
            "decide-admission",
            new ApplicationCommand.RequestAdmissionDecision(
                    "c-decide",
                    STUDENT,
                    AT,
                    AdmissionDecision.WAITLISTED,
                    Optional.of("borderline marks"),
                    Optional.of("jury.knuth")),
            "record-admission-decision",
            new ApplicationCommand.RecordAdmissionDecision(
                    AdmissionDecisionCommandIds.finalDecisionOfRequest("c-decide"),
                    STUDENT,
                    AT,
                    AdmissionDecision.WAITLISTED,
                    Optional.of("capacity reached"),
                    Optional.of("jury.knuth")),
            "promote-from-waitlist",
            new ApplicationCommand.PromoteFromWaitlist("c-withdraw-other:promote-from-waitlist", STUDENT, AT),
            "enroll",
            new ApplicationCommand.Enroll(
                    "c-enroll", STUDENT, AT, StudyStream.PROFESSIONAL, TrainingScheme.APPRENTICESHIP),
            "withdraw",
            new ApplicationCommand.Withdraw("c-withdraw", STUDENT, AT, "moved abroad", Optional.of("officer.hopper")),
            "erase-personal-data",
            new ApplicationCommand.ErasePersonalData("c-erase", STUDENT, AT),
            "rectify-personal-data",
            new ApplicationCommand.RectifyPersonalData(
                    "c-rectify", STUDENT, AT, Optional.of("Ada King"), Optional.empty()));

    private final CommandCodec<ApplicationCommand> codec = ApplicationCommandFormat.codec(withTheFixturesKey());

    /** The person's data key the fixtures were sealed with: {@code fixture-key}, bytes 0 to 31. */
    private static PersonalFields withTheFixturesKey() {
        var rings = new InMemoryKeyRings();
        byte[] secret = new byte[DataKey.SECRET_BYTES];
        for (int index = 0; index < secret.length; index++) {
            secret[index] = (byte) index;
        }
        rings.published(STUDENT, KeyRing.of(new DataKey("fixture-key", secret, null)));
        return new PersonalFields(new PersonalDataKeys(rings, 10, Duration.ofMinutes(10), Clock.systemUTC()));
    }

    @Override
    protected CommandCodec<ApplicationCommand> codec() {
        return codec;
    }

    @Override
    protected Map<String, ApplicationCommand> previousRelease() {
        return PREVIOUS_RELEASE;
    }

    @Override
    protected String shapeResource() {
        return "commands/application-commands.shape";
    }

    @Test
    void theFixturesHoldNoPlaintextOfNameOrEmail() {
        assertThat(fixture("submit-application"))
                .doesNotContain("Lovelace", "ada@example.org")
                .contains("\"fullName\":\"pd1:fixture-key:");
        assertThat(fixture("rectify-personal-data")).doesNotContain("Ada King").contains("pd1:fixture-key:");
    }

    @Test
    void aQueuedSubmissionWhoseKeyWasDestroyedIsReadByNobody() {
        var erased = new InMemoryKeyRings();
        var withoutTheKey = ApplicationCommandFormat.codec(
                new PersonalFields(new PersonalDataKeys(erased, 10, Duration.ofMinutes(10), Clock.systemUTC())));

        for (String type : new String[] {"submit-application", "rectify-personal-data"}) {
            var envelope = KitJson.mapper().readValue(fixture(type), CommandEnvelope.class);
            assertThatThrownBy(() -> withoutTheKey.decode(envelope))
                    .isInstanceOf(PersonalDataUnreadableException.class)
                    .hasMessageContaining("key was destroyed")
                    .hasMessageNotContaining("Ada");
        }
    }

    @Test
    void aBlankReasonThePreviousReleaseQueuedReadsAsNone() {
        for (String type : new String[] {"decide-admission", "record-admission-decision"}) {
            String blank = fixture(type).replaceAll("\"reason\":\"[^\"]*\"", "\"reason\":\"  \"");

            var command = codec.decode(KitJson.mapper().readValue(blank, CommandEnvelope.class));

            assertThat(command)
                    .extracting(c -> c instanceof ApplicationCommand.RequestAdmissionDecision request
                            ? request.reason()
                            : ((ApplicationCommand.RecordAdmissionDecision) c).reason())
                    .isEqualTo(Optional.empty());
        }
    }
}
