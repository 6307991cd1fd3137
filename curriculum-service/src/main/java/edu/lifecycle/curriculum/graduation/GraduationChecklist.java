package edu.lifecycle.curriculum.graduation;

import edu.lifecycle.curriculum.transcript.DegreeConditions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which of the four degree conditions hold for a student, each with the event that established it. Built from events
 * alone (curriculum's own and those of placement and billing); the first event that makes a condition hold is the one
 * shown, so an event read twice changes nothing.
 *
 * @param ectsByCourse ECTS earned per course code, the dissertation under {@link #DISSERTATION}
 * @param degreeMention empty until the degree is awarded
 */
public record GraduationChecklist(
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

    public static final String DISSERTATION = "dissertation";

    public GraduationChecklist {
        Objects.requireNonNull(studentId, "studentId");
        ectsByCourse = Map.copyOf(ectsByCourse);
    }

    public static GraduationChecklist of(String studentId) {
        return new GraduationChecklist(
                studentId,
                null,
                null,
                0,
                0,
                Map.of(),
                Condition.pending(),
                Condition.pending(),
                Condition.pending(),
                Condition.pending(),
                false,
                null,
                null,
                null);
    }

    /** All four hold: the degree is, or is about to be, awarded. */
    public boolean complete() {
        return degreeConditions().allHold();
    }

    /** The four conditions as the events shown made them hold, for the degree's one rule to tell what is missing. */
    public DegreeConditions degreeConditions() {
        return new DegreeConditions(holds(ects), holds(dissertation), holds(experience), holds(tuition));
    }

    public GraduationChecklist opened(String programme, String academicYear, int required) {
        return new GraduationChecklist(
                studentId,
                programme,
                academicYear,
                required,
                ectsEarned,
                ectsByCourse,
                ects,
                dissertation,
                experience,
                tuition,
                transcriptClosed,
                degreeMention,
                degreeAverage,
                degreeAwardedAt);
    }

    public GraduationChecklist courseGraded(String course, int earned, String event, String eventId, Instant at) {
        return earning(course, earned, event, eventId, at, dissertation);
    }

    public GraduationChecklist dissertationDefended(
            boolean passed, int earned, String event, String eventId, Instant at) {
        var defended = passed && !dissertation.holds() ? Condition.heldBy(event, eventId, at) : dissertation;
        return earning(DISSERTATION, earned, event, eventId, at, defended);
    }

    public GraduationChecklist experienceMet(String event, String eventId, Instant at) {
        var met = experience.holds() ? experience : Condition.heldBy(event, eventId, at);
        return new GraduationChecklist(
                studentId,
                programme,
                academicYear,
                requiredEcts,
                ectsEarned,
                ectsByCourse,
                ects,
                dissertation,
                met,
                tuition,
                transcriptClosed,
                degreeMention,
                degreeAverage,
                degreeAwardedAt);
    }

    public GraduationChecklist tuitionSettled(String event, String eventId, Instant at) {
        var settled = tuition.holds() ? tuition : Condition.heldBy(event, eventId, at);
        return new GraduationChecklist(
                studentId,
                programme,
                academicYear,
                requiredEcts,
                ectsEarned,
                ectsByCourse,
                ects,
                dissertation,
                experience,
                settled,
                transcriptClosed,
                degreeMention,
                degreeAverage,
                degreeAwardedAt);
    }

    public GraduationChecklist closed() {
        return new GraduationChecklist(
                studentId,
                programme,
                academicYear,
                requiredEcts,
                ectsEarned,
                ectsByCourse,
                ects,
                dissertation,
                experience,
                tuition,
                true,
                degreeMention,
                degreeAverage,
                degreeAwardedAt);
    }

    public GraduationChecklist awarded(String mention, BigDecimal average, Instant at) {
        return new GraduationChecklist(
                studentId,
                programme,
                academicYear,
                requiredEcts,
                ectsEarned,
                ectsByCourse,
                ects,
                dissertation,
                experience,
                tuition,
                transcriptClosed,
                mention,
                average,
                at);
    }

    // A checklist stored before a condition existed reads it as absent.
    private static boolean holds(Condition condition) {
        return condition != null && condition.holds();
    }

    private GraduationChecklist earning(
            String course, int earned, String event, String eventId, Instant at, Condition defended) {
        var byCourse = new HashMap<>(ectsByCourse);
        byCourse.put(course, earned);
        int total = byCourse.values().stream().mapToInt(Integer::intValue).sum();
        var enough = !ects.holds() && DegreeConditions.enoughEcts(total, requiredEcts)
                ? Condition.heldBy(event, eventId, at)
                : ects;
        return new GraduationChecklist(
                studentId,
                programme,
                academicYear,
                requiredEcts,
                total,
                byCourse,
                enough,
                defended,
                experience,
                tuition,
                transcriptClosed,
                degreeMention,
                degreeAverage,
                degreeAwardedAt);
    }
}
