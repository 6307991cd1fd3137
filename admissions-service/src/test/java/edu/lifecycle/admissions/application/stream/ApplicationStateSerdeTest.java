package edu.lifecycle.admissions.application.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.application.Applicants;
import edu.lifecycle.admissions.application.Application;
import edu.lifecycle.admissions.privacy.DataKey;
import edu.lifecycle.admissions.privacy.InMemoryKeyRings;
import edu.lifecycle.admissions.privacy.KeyRing;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.admissions.privacy.stream.PersonalFields;
import edu.lifecycle.servicekit.state.StateSerde;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The store {@code application-state} across the upgrades that grouped the application's selection and registration
 * and moved the store to binary (ADR 16): a value written as JSON by the earlier release is read into the grouped
 * domain value, and this release writes it in binary with the very same sealed values (sealing is deterministic for a
 * given key, so the ciphertext is part of what is compared).
 */
class ApplicationStateSerdeTest {

    /** Written by the release before this change (commit 8bee16d) for {@link Applicants#throughEveryStep()}. */
    private static final String EVERY_STEP = ""
            + "{\"studentId\":\"S-0001\",\"submission\":{\"programmeId\":\"M2-ISD\",\"academicYear\":{\"startYear\":2026},"
            + "\"priorDegree\":{\"title\":\"Master 1 International Relations\","
            + "\"institution\":\"Université Jean Moulin Lyon 3\",\"country\":\"FR\",\"ects\":180},"
            + "\"preferredStream\":\"PROFESSIONAL\",\"preferredScheme\":\"INITIAL\","
            + "\"submittedAt\":\"2026-03-02T09:00:00Z\"},"
            + "\"applicant\":{\"fullName\":\"pd1:key-1:RzDiz9ojirR8vUneOIKe4OCm8aldx5A7UpeIIBuMytD7yZmsRvddaR1o\","
            + "\"email\":\"pd1:key-1:yeeIgZnL9N_SgZ1SyfIEaau7Hr2cmsu9jQbGeQ356oCVnCpPcjoLgYHHHaXAbuy9SqPsyNdu\"},"
            + "\"status\":\"WITHDRAWN\",\"eligibility\":{\"eligible\":true,\"assessedReasons\":[\"INSUFFICIENT_ECTS\"],"
            + "\"requiredEcts\":240,\"assessedAt\":\"2026-03-02T09:00:00Z\","
            + "\"override\":{\"reason\":\"equivalent experience\",\"officer\":\"officer-7\","
            + "\"at\":\"2026-03-07T09:00:00Z\"}},\"exam\":{\"writtenMark\":14.50,\"interviewMark\":15.00,"
            + "\"gradedAt\":\"2026-03-12T09:00:00Z\"},\"admissionRequest\":{\"requested\":\"ADMITTED\",\"reason\":null,"
            + "\"requestedAt\":\"2026-03-22T09:00:00Z\"},\"admission\":{\"decision\":\"WAITLISTED\","
            + "\"reason\":\"capacity reached\",\"decidedAt\":\"2026-03-23T09:00:00Z\","
            + "\"promotedAt\":\"2026-04-01T09:00:00Z\"},\"enrollment\":{\"stream\":\"PROFESSIONAL\","
            + "\"scheme\":\"APPRENTICESHIP\",\"registeredOn\":\"2026-04-11\",\"enrolledAt\":\"2026-04-11T09:00:00Z\"},"
            + "\"withdrawal\":{\"reason\":\"accepted another offer\",\"withdrawnAt\":\"2026-05-01T09:00:00Z\","
            + "\"withdrawnFrom\":\"ENROLLED\"},\"lastChangedAt\":\"2026-05-01T09:00:00Z\",\"withdrawn\":true}";

    /** Written by the release before this change (commit 8bee16d) for {@link Applicants#eligible() after erasure}. */
    private static final String ERASED = ""
            + "{\"studentId\":\"S-0001\",\"submission\":{\"programmeId\":\"M2-ISD\",\"academicYear\":{\"startYear\":2026},"
            + "\"priorDegree\":{\"title\":\"Master 1 International Relations\","
            + "\"institution\":\"Université Jean Moulin Lyon 3\",\"country\":\"FR\",\"ects\":240},"
            + "\"preferredStream\":\"PROFESSIONAL\",\"preferredScheme\":\"INITIAL\","
            + "\"submittedAt\":\"2026-03-02T09:00:00Z\"},\"applicant\":null,\"status\":\"ELIGIBLE\","
            + "\"eligibility\":{\"eligible\":true,\"assessedReasons\":[],\"requiredEcts\":240,"
            + "\"assessedAt\":\"2026-03-02T09:00:00Z\",\"override\":null},\"exam\":null,\"admissionRequest\":null,"
            + "\"admission\":null,\"enrollment\":null,\"withdrawal\":null,\"lastChangedAt\":\"2026-05-31T09:00:00Z\","
            + "\"withdrawn\":false}";

    private final InMemoryKeyRings rings = new InMemoryKeyRings();
    private final PersonalDataKeys keys = new PersonalDataKeys(rings, 10, Duration.ofMinutes(10), Clock.systemUTC());
    private final ApplicationStateSerde serde = new ApplicationStateSerde(new PersonalFields(keys));

    ApplicationStateSerdeTest() {
        var secret = new byte[DataKey.SECRET_BYTES];
        for (int index = 0; index < secret.length; index++) {
            secret[index] = (byte) (index + 1);
        }
        rings.write(Applicants.STUDENT, KeyRing.of(new DataKey("key-1", secret, null)));
    }

    @Test
    void aStateWrittenByTheEarlierReleaseIsReadIntoTheGroupedApplication() {
        assertSameFile(read(EVERY_STEP), Applicants.throughEveryStep());
        assertSameFile(read(ERASED), erased());
    }

    @Test
    void theGroupedApplicationIsWrittenInBinaryWithTheVerySealedValuesTheEarlierReleaseWrote() {
        byte[] written = write(Applicants.throughEveryStep());

        assertThat(StateSerde.isBinary(written)).isTrue();
        assertSameFile(read(written), Applicants.throughEveryStep());
        // Sealing is unchanged: the same ciphertext, now in the binary record instead of the JSON object.
        assertThat(new String(written, StandardCharsets.UTF_8))
                .contains(sealedIn(EVERY_STEP, "fullName"), sealedIn(EVERY_STEP, "email"));
        assertThat(StateSerde.isBinary(write(erased()))).isTrue();
        assertSameFile(read(write(erased())), erased());
    }

    @Test
    void nameAndEmailStaySealedAndAStateWhoseKeyIsDestroyedReadsWithoutTheApplicant() {
        var application = Applicants.throughEveryStep();
        var identity = application.applicant().orElseThrow();
        byte[] binary = write(application);
        assertThat(new String(binary, StandardCharsets.UTF_8)).doesNotContain(identity.fullName(), identity.email());

        rings.published(Applicants.STUDENT, null);
        keys.destroyed(Applicants.STUDENT);

        var unreadable = read(EVERY_STEP);
        assertThat(unreadable.applicant()).isEmpty();
        assertSameFile(unreadable, erasedAt(application, application.lastChangedAt()));
        var unreadableBinary = read(binary);
        assertThat(unreadableBinary.applicant()).isEmpty();
        assertSameFile(unreadableBinary, erasedAt(application, application.lastChangedAt()));
    }

    /**
     * Equal, the exam marks as numbers: JSON keeps 14.50 as a number, read back as 14.5, as the earlier release read it
     * (every view shows marks with two decimals).
     */
    private static void assertSameFile(Application actual, Application expected) {
        assertThat(actual)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    /** The file as it reads when its key is gone: everything but the applicant. */
    private static Application erasedAt(Application application, Instant at) {
        return new Application(
                application.studentId(),
                application.submission(),
                Optional.empty(),
                application.status(),
                application.selection(),
                application.registration(),
                at);
    }

    private static Application erased() {
        return Applicants.applying(Optional.of(Applicants.eligible()), Applicants.erase());
    }

    private Application read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private Application read(byte[] stored) {
        return serde.deserializer().deserialize("application-state-changelog", stored);
    }

    private byte[] write(Application application) {
        return serde.serializer().serialize("application-state-changelog", application);
    }

    /** The sealed text of a field in the earlier release's JSON. */
    private static String sealedIn(String json, String field) {
        int start = json.indexOf("\"" + field + "\":\"pd1:") + field.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }
}
