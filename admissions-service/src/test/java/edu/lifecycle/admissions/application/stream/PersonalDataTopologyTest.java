package edu.lifecycle.admissions.application.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.ApplicantProfile;
import edu.lifecycle.admissions.application.ApplicationCommand;
import edu.lifecycle.admissions.application.ApplicationRules;
import edu.lifecycle.admissions.application.PriorDegree;
import edu.lifecycle.admissions.privacy.FieldCipher;
import edu.lifecycle.admissions.programme.Programmes;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.state.StateSerde;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Crypto-shredding on the command side (ADR 13): what the commands, the state's changelog and the dead letters hold of
 * a person is ciphertext under their data key, and erasure or rectification destroys that key.
 */
class PersonalDataTopologyTest {

    private static final String STUDENT = "stu-shred";
    private static final String NAME = "Zéphyrine Quillfeather";
    private static final String EMAIL = "zephyrine.quillfeather@example.org";

    private final ApplicationsDriver admissions = new ApplicationsDriver(Programmes.catalog());

    @AfterEach
    void close() {
        admissions.close();
    }

    @Test
    void theCommandTheStateAndItsChangelogHoldOnlyCiphertextOfNameAndEmail() {
        var command = admissions.envelope("c-1", Optional.empty(), application());
        var commandTopic =
                CommandTopics.forService(TopicNames.unprefixed(), "admissions").commands();
        byte[] commandBytes = commandTopic.valueSerde().serializer().serialize(commandTopic.name(), command);

        var outcome = admissions.send(command);

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertNoPlaintext(List.of(commandBytes), NAME, EMAIL);
        assertNoPlaintext(admissions.rawRecordsOf("application-state-changelog"), NAME, EMAIL);
        assertThat(asText(admissions.rawRecordsOf("application-state-changelog")))
                .contains("pd1:");
        assertNoPlaintext(admissions.rawRecordsOf("command-outcomes"), NAME, EMAIL);
        // The service itself still reads the person: the store opens the sealed values.
        assertThat(admissions.application(STUDENT).applicant()).contains(new ApplicantProfile(NAME, EMAIL));
        assertThat(admissions.profiles())
                .singleElement()
                .satisfies(profile -> assertThat(profile.value().getFullName()).isEqualTo(NAME));
    }

    @Test
    void aDeadLetteredCommandKeepsOnlyCiphertextAndErasureMakesItUnreadable() {
        admissions.send(application());
        // A command that cannot be read (no prior degree) is set aside as it came: sealed.
        var broken = admissions.envelope("c-broken", Optional.empty(), application());
        ((ObjectNode) broken.payload()).remove("priorDegree");
        var failed = admissions.send(broken);
        assertThat(failed.status()).isEqualTo(CommandOutcome.Status.FAILED);
        var deadLetters = admissions.commandDeadLetters.readRecordsToList();
        assertThat(deadLetters).hasSize(1);
        String deadLetter = new String(deadLetters.get(0).value(), StandardCharsets.UTF_8);
        assertThat(deadLetter).doesNotContain(NAME).doesNotContain(EMAIL).contains("pd1:");
        String sealedName = sealedValueIn(deadLetter);
        String keyId = FieldCipher.keyIdOf(sealedName);
        assertThat(admissions.keys.find(STUDENT, keyId)).isPresent();

        var erased = admissions.send(ApplicationsDriver.erasure(STUDENT));

        assertThat(erased.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(admissions.keyRings.read(STUDENT)).isEmpty();
        assertThat(admissions.keys.find(STUDENT, keyId)).isEmpty();
        assertThat(admissions.application(STUDENT).applicant()).isEmpty();
        assertThat(admissions.application(STUDENT).personalDataErased()).isTrue();
    }

    @Test
    void aStateTheEarlierReleaseStoredAsSealedJsonIsReadAndCarriedOnInBinary() {
        admissions.send(application());
        var submitted = admissions.application(STUDENT);
        // What the release before ADR 16 stored: the flat JSON, name and e-mail sealed under the person's key.
        byte[] earlier =
                KitJson.mapper().writeValueAsBytes(admissions.personal.seal(StoredApplication.of(submitted), STUDENT));
        assertThat(new String(earlier, StandardCharsets.UTF_8)).contains("pd1:").doesNotContain(NAME, EMAIL);
        admissions.putStoredBytes(ApplicationAggregate.STATE_STORE, STUDENT, earlier);
        int binaryBefore = binaryStates().size();

        assertThat(admissions.application(STUDENT)).isEqualTo(submitted);
        var outcome = admissions.rectify(STUDENT, "Zéphyrine Martin-Quill", null);

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(admissions.application(STUDENT).applicant())
                .contains(new ApplicantProfile("Zéphyrine Martin-Quill", EMAIL));
        // Carried on from the JSON, and written back in binary.
        var states = binaryStates();
        assertThat(states).hasSizeGreaterThan(binaryBefore);
        assertNoPlaintext(states, "Martin-Quill", NAME, EMAIL);
    }

    @Test
    void erasureLeavesTheBinaryStatesOfTheChangelogWithoutNameOrEmail() {
        admissions.send(application());
        var written = binaryStates();
        var serde = new ApplicationStateSerde(admissions.personal).deserializer();
        assertThat(written)
                .singleElement()
                .satisfies(state -> assertThat(serde.deserialize("application-state-changelog", state)
                                .applicant())
                        .contains(new ApplicantProfile(NAME, EMAIL)));

        admissions.send(ApplicationsDriver.erasure(STUDENT));

        assertNoPlaintext(written, NAME, EMAIL);
        var before = serde.deserialize("application-state-changelog", written.get(0));
        assertThat(before.applicant()).isEmpty();
        assertThat(before.studentId()).isEqualTo(STUDENT);
        assertThat(binaryStates())
                .last()
                .satisfies(state -> assertThat(serde.deserialize("application-state-changelog", state)
                                .applicant())
                        .isEmpty());
    }

    @Test
    void erasurePublishesATombstoneForTheKeyAndStaysIdempotent() {
        admissions.send(application());
        assertThat(admissions.keyRings.read(STUDENT)).isPresent();

        admissions.send(ApplicationsDriver.erasure(STUDENT));
        var again = admissions.send(ApplicationsDriver.erasure(STUDENT));

        assertThat(again.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        // One tombstone: the second erasure finds nothing to destroy and publishes nothing.
        assertThat(admissions.keyRecords).singleElement().satisfies(tombstone -> {
            assertThat(tombstone.key()).isEqualTo(STUDENT);
            assertThat(tombstone.value()).isNull();
        });
    }

    @Test
    void aRectificationSealsTheNewValuesWithANewKeyAndDestroysTheOldOne() {
        admissions.send(application());
        var oldKey = admissions.keyRings.read(STUDENT).orElseThrow().ring().newest();
        admissions.profiles();

        var outcome = admissions.rectify(STUDENT, "Zéphyrine Martin-Quill", null);

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        var ring = admissions.keyRings.read(STUDENT).orElseThrow().ring();
        assertThat(ring.keys()).hasSize(1).doesNotContain(oldKey);
        assertThat(admissions.keys.find(STUDENT, oldKey.id())).isEmpty();
        assertThat(admissions.application(STUDENT).applicant())
                .contains(new ApplicantProfile("Zéphyrine Martin-Quill", EMAIL));
        assertThat(admissions.profiles()).singleElement().satisfies(profile -> {
            assertThat(profile.value().getFullName()).isEqualTo("Zéphyrine Martin-Quill");
            assertThat(profile.value().getEmail()).isEqualTo(EMAIL);
        });
        // Every sealed value in the changelog is now under the new key, or under a key that no longer exists.
        var changelog = asText(admissions.rawRecordsOf("application-state-changelog"));
        assertThat(changelog).doesNotContain("Martin-Quill").doesNotContain(NAME);
        var states = admissions.rawRecordsOf("application-state-changelog").stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .filter(text -> text.contains("pd1:"))
                .toList();
        assertThat(states.get(states.size() - 1))
                .contains("pd1:" + ring.newest().id() + ":")
                .doesNotContain("pd1:" + oldKey.id() + ":");
    }

    @Test
    void aRectificationIsRefusedAfterErasureAndWhenItCorrectsNothing() {
        admissions.send(application());

        var empty = admissions.rectify(STUDENT, null, null);
        assertThat(empty.rejection().rule()).isEqualTo(ApplicationRules.RECTIFICATION_EMPTY);

        admissions.send(ApplicationsDriver.erasure(STUDENT));
        var afterErasure = admissions.rectify(STUDENT, "Someone Else", null);
        assertThat(afterErasure.rejection().rule()).isEqualTo(ApplicationRules.PERSONAL_DATA_ERASED);
        assertThat(admissions.application(STUDENT).applicant()).isEmpty();
    }

    @Test
    void aRectificationRefusedForABadEmailDoesNotRepeatTheAddressInItsOutcome() {
        admissions.send(application());

        var refused = admissions.rectify(STUDENT, null, "quill@nowhere");

        assertThat(refused.rejection().rule()).isEqualTo(ApplicationRules.APPLICANT_EMAIL_INVALID);
        assertThat(refused.rejection().detail()).doesNotContain("quill@nowhere");
        assertThat(admissions.application(STUDENT).applicant()).contains(new ApplicantProfile(NAME, EMAIL));
    }

    @Test
    void aCommandInFlightWhenItsKeyIsDestroyedIsDeadLetteredUnreadable() {
        admissions.send(application());
        admissions.keys.rotate(STUDENT, null);
        var inFlight = admissions.envelope(
                "c-late", Optional.empty(), ApplicationsDriver.rectification(STUDENT, "Late Correction", null));

        admissions.send(ApplicationsDriver.erasure(STUDENT));
        var late = admissions.send(inFlight);

        assertThat(late.status()).isEqualTo(CommandOutcome.Status.FAILED);
        var deadLetter = admissions.commandDeadLetters.readRecordsToList();
        assertThat(deadLetter).singleElement().satisfies(record -> {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Late Correction");
            assertThat(new String(record.headers().lastHeader("dlt.reason").value(), StandardCharsets.UTF_8))
                    .contains("key was destroyed")
                    .doesNotContain("Late Correction");
        });
        assertThat(admissions.application(STUDENT).applicant()).isEmpty();
    }

    private static Function<CommandMeta, ApplicationCommand> application() {
        return meta -> new ApplicationCommand.SubmitApplication(
                meta.commandId(),
                STUDENT,
                meta.issuedAt(),
                "M2-ISD",
                "2026-2027",
                new PriorDegree("Master 1 Political Science", "Université Grenoble Alpes", "FR", 240),
                StudyStream.PROFESSIONAL,
                TrainingScheme.INITIAL,
                new ApplicantProfile(NAME, EMAIL));
    }

    /** The states the changelog holds in binary (ADR 16), oldest first. */
    private List<byte[]> binaryStates() {
        return admissions.rawRecordsOf("application-state-changelog").stream()
                .filter(StateSerde::isBinary)
                .toList();
    }

    private static String sealedValueIn(String json) {
        int start = json.indexOf("pd1:");
        return json.substring(start, json.indexOf('"', start));
    }

    private static String asText(List<byte[]> records) {
        var text = new StringBuilder();
        records.forEach(bytes -> text.append(new String(bytes, StandardCharsets.UTF_8)));
        return text.toString();
    }

    private static void assertNoPlaintext(List<byte[]> records, String... values) {
        String text = asText(records);
        for (String value : values) {
            assertThat(text).as("no plaintext of %s", value).doesNotContain(value);
        }
    }
}
