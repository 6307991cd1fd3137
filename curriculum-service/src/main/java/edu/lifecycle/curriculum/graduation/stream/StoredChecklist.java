package edu.lifecycle.curriculum.graduation.stream;

import edu.lifecycle.curriculum.graduation.AwardedDegree;
import edu.lifecycle.curriculum.graduation.Condition;
import edu.lifecycle.curriculum.graduation.Conditions;
import edu.lifecycle.curriculum.graduation.Credits;
import edu.lifecycle.curriculum.graduation.Enrolment;
import edu.lifecycle.curriculum.graduation.GraduationChecklist;
import edu.lifecycle.servicekit.state.StateSerde;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A checklist as {@link ChecklistProjector#STORE} and its changelog hold it: one flat record, in binary since ADR 16
 * and as JSON before (still read), so the store reads on after an upgrade without a reset. The domain's checklist is kept in
 * parts ({@link Enrolment}, {@link Credits}, {@link Conditions}, {@link AwardedDegree}); this record maps it to and
 * from the flat form, and its components' names are the stored JSON's fields and the committed schema's. It is alike to the REST
 * answer's {@code ChecklistView} today but kept apart from it: the answer is a contract with clients, while this form is
 * internal and may change with the store (a binary encoding, a rebuild) without the answer changing.
 */
record StoredChecklist(
        String studentId,
        String programme,
        String academicYear,
        int requiredEcts,
        int ectsEarned,
        Map<String, Integer> ectsByCourse,
        Condition ects,
        Condition dissertation,
        Condition experience,
        Condition tuition,
        boolean transcriptClosed,
        String degreeMention,
        BigDecimal degreeAverage,
        Instant degreeAwardedAt) {

    /** The store's serde: the domain's checklist in, the flat record on disk and in the changelog. */
    static Serde<GraduationChecklist> serde() {
        var flat = StateSerde.of(StoredChecklist.class);
        return Serdes.serdeFrom(
                (topic, checklist) -> flat.serialize(topic, checklist == null ? null : of(checklist)),
                (topic, bytes) -> {
                    var stored = flat.deserialize(topic, bytes);
                    return stored == null ? null : stored.checklist();
                });
    }

    static StoredChecklist of(GraduationChecklist checklist) {
        var enrolment = checklist.enrolment();
        var conditions = checklist.conditions();
        var degree = checklist.degree();
        return new StoredChecklist(
                checklist.studentId(),
                enrolment == null ? null : enrolment.programme(),
                enrolment == null ? null : enrolment.academicYear(),
                checklist.requiredEcts(),
                checklist.credits().earned(),
                checklist.credits().byCourse(),
                conditions.ects(),
                conditions.dissertation(),
                conditions.experience(),
                conditions.tuition(),
                checklist.transcriptClosed(),
                degree == null ? null : degree.mention(),
                degree == null ? null : degree.average(),
                degree == null ? null : degree.awardedAt());
    }

    /**
     * The domain's checklist. A checklist without a programme year has no enrolment, one without an award time no
     * degree, and a condition missing from the JSON does not hold (as before the checklist was kept in parts). The
     * ECTS earned are the sum of the courses', which is what was stored with them.
     */
    GraduationChecklist checklist() {
        var enrolment =
                programme == null || academicYear == null ? null : new Enrolment(programme, academicYear, requiredEcts);
        var conditions = Conditions.pending()
                .withEcts(orPending(ects))
                .withDissertation(orPending(dissertation))
                .withExperience(orPending(experience))
                .withTuition(orPending(tuition));
        var degree = degreeAwardedAt == null ? null : new AwardedDegree(degreeMention, degreeAverage, degreeAwardedAt);
        return new GraduationChecklist(
                studentId,
                enrolment,
                new Credits(ectsByCourse == null ? Map.of() : ectsByCourse),
                conditions,
                transcriptClosed,
                degree);
    }

    private static Condition orPending(Condition condition) {
        return condition == null ? Condition.pending() : condition;
    }
}
