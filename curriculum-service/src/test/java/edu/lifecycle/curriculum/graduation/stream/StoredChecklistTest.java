package edu.lifecycle.curriculum.graduation.stream;

import static edu.lifecycle.curriculum.graduation.FlatChecklists.AT;
import static edu.lifecycle.curriculum.graduation.FlatChecklists.GRADUATE;
import static edu.lifecycle.curriculum.graduation.FlatChecklists.SETTLED_BEFORE_ENROLMENT;
import static edu.lifecycle.curriculum.graduation.FlatChecklists.fieldNames;
import static edu.lifecycle.curriculum.graduation.FlatChecklists.json;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.curriculum.graduation.AwardedDegree;
import edu.lifecycle.curriculum.graduation.Condition;
import edu.lifecycle.curriculum.graduation.Conditions;
import edu.lifecycle.curriculum.graduation.Credits;
import edu.lifecycle.curriculum.graduation.Enrolment;
import edu.lifecycle.curriculum.graduation.Evidence;
import edu.lifecycle.curriculum.graduation.GraduationChecklist;
import edu.lifecycle.curriculum.graduation.GraduationReadiness;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.json.KitJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The checklists' store and its changelog outlive the code that wrote them: a checklist stored while the domain kept
 * it as one flat record reads into the checklist's parts, and maps back to the same flat form (now written in binary), so the store needs no
 * reset on upgrade.
 */
class StoredChecklistTest {

    private static final String STORE = ChecklistProjector.STORE;

    /** The graduate's readiness line as that release wrote it to the readiness store. */
    private static final String GRADUATE_READINESS = """
            {"studentId":"stu-1","ectsEarned":15,"requiredEcts":15,"ects":true,"dissertation":true,\
            "experience":true,"tuition":true,"missing":[],"degreeAwarded":true}""";

    /** The flat form as the releases before ADR 16 wrote it. */
    private static final JsonSerde<StoredChecklist> JSON = JsonSerde.of(StoredChecklist.class);

    private final Serde<GraduationChecklist> serde = StoredChecklist.serde();

    @Test
    void aGraduatesChecklistStoredFlatReadsIntoItsParts() {
        var defended = new Condition(true, "DissertationDefended", "d-1", AT.plusSeconds(240));
        var expected = new GraduationChecklist(
                "stu-1",
                new Enrolment("M2-ISD", "2026-2027", 15),
                new Credits(Map.of("CC-01", 2, "ISD-01", 3, GraduationChecklist.DISSERTATION, 10)),
                Conditions.pending()
                        .withEcts(defended)
                        .withDissertation(defended)
                        .withExperience(new Condition(true, "ExperienceRequirementMet", "p-1", AT.plusSeconds(120)))
                        .withTuition(new Condition(true, "TuitionSettled", "b-1", AT.plusSeconds(180))),
                false,
                new AwardedDegree("ASSEZ_BIEN", new BigDecimal("12.50"), AT.plusSeconds(240)));

        assertThat(read(GRADUATE)).isEqualTo(expected);
    }

    @Test
    void aChecklistStoredBeforeTheEnrolmentReadsWithoutEnrolmentOrDegree() {
        var checklist = read(SETTLED_BEFORE_ENROLMENT);

        assertThat(checklist.enrolment()).isNull();
        assertThat(checklist.requiredEcts()).isZero();
        assertThat(checklist.credits().byCourse()).isEmpty();
        assertThat(checklist.conditions())
                .isEqualTo(Conditions.pending().withTuition(new Condition(true, "TuitionSettled", "b-2", AT)));
        assertThat(checklist.degree()).isNull();
        assertThat(checklist.degreeAwarded()).isFalse();
    }

    @Test
    void aStoredChecklistMapsBackToTheSameFlatForm() {
        for (String stored : List.of(GRADUATE, SETTLED_BEFORE_ENROLMENT)) {
            var written = tree(JSON.serialize(STORE, StoredChecklist.of(read(stored))));

            // Equal as JSON (a map's entries come in no fixed order), fields in the same order.
            assertThat(written).isEqualTo(json(stored));
            assertThat(fieldNames(written)).isEqualTo(fieldNames(json(stored)));
        }
        // Without a map of several entries, the very same bytes.
        assertThat(new String(
                        JSON.serialize(STORE, StoredChecklist.of(read(SETTLED_BEFORE_ENROLMENT))),
                        StandardCharsets.UTF_8))
                .isEqualTo(SETTLED_BEFORE_ENROLMENT);
    }

    @Test
    void aChecklistReadFromJsonIsWrittenInBinaryAndReadBackTheSame() {
        for (String stored : List.of(GRADUATE, SETTLED_BEFORE_ENROLMENT)) {
            var checklist = read(stored);
            var written = serde.serializer().serialize(STORE, checklist);

            assertThat(written[0]).isNotEqualTo((byte) '{');
            assertThat(serde.deserializer().deserialize(STORE, written)).isEqualTo(checklist);
        }
    }

    @Test
    void theReadinessLineOfAStoredChecklistIsTheOneStoredBefore() {
        var line = GraduationReadiness.of(read(GRADUATE));

        assertThat(new String(JsonSerde.of(GraduationReadiness.class).serialize(STORE, line), StandardCharsets.UTF_8))
                .isEqualTo(GRADUATE_READINESS);
    }

    @Test
    void aConditionMissingFromTheStoredJsonDoesNotHold() {
        var checklist = read("""
                {"studentId":"stu-3","programme":"M2-ISD","academicYear":"2026-2027","requiredEcts":60,\
                "ectsEarned":0,"ectsByCourse":{},\
                "tuition":{"holds":true,"event":"TuitionSettled","eventId":"b-3","at":"2027-06-01T10:00:00Z"},\
                "transcriptClosed":false}""");

        assertThat(checklist.conditions().experience()).isEqualTo(Condition.pending());
        assertThat(checklist.degreeConditions().missing()).hasSize(3);
        // It takes the next report like any other checklist.
        assertThat(checklist
                        .experienceMet(new Evidence("ExperienceRequirementMet", "p-3", AT))
                        .conditions()
                        .experience()
                        .holds())
                .isTrue();
    }

    @Test
    void noChecklistIsNoValue() {
        assertThat(serde.serializer().serialize(STORE, null)).isNull();
        assertThat(serde.deserializer().deserialize(STORE, null)).isNull();
    }

    private GraduationChecklist read(String stored) {
        return serde.deserializer().deserialize(STORE, stored.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode tree(byte[] bytes) {
        return KitJson.mapper().readTree(bytes);
    }
}
