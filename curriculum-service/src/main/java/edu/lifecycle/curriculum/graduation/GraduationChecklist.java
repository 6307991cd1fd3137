package edu.lifecycle.curriculum.graduation;

import edu.lifecycle.curriculum.transcript.DegreeConditions;
import java.util.Objects;

/**
 * Which of the four degree conditions hold for a student, each with the event that established it. Built from events
 * alone (curriculum's own and those of placement and billing); the first event that makes a condition hold is the one
 * shown, so an event read twice changes nothing. Each event changes only the part of the checklist it concerns.
 *
 * @param enrolment {@code null} until the transcript opens (placement's and billing's events may come first)
 * @param degree {@code null} until the degree is awarded
 */
public record GraduationChecklist(
        String studentId,
        Enrolment enrolment,
        Credits credits,
        Conditions conditions,
        boolean transcriptClosed,
        AwardedDegree degree) {

    /** The key of the dissertation's ECTS among the courses' ({@link Credits#byCourse()}). */
    public static final String DISSERTATION = "dissertation";

    public GraduationChecklist {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(conditions, "conditions");
    }

    public static GraduationChecklist of(String studentId) {
        return new GraduationChecklist(studentId, null, Credits.none(), Conditions.pending(), false, null);
    }

    /** The ECTS the degree requires, 0 until the transcript opens (the ECTS condition cannot hold before). */
    public int requiredEcts() {
        return enrolment == null ? 0 : enrolment.requiredEcts();
    }

    /** All four hold: the degree is, or is about to be, awarded. */
    public boolean complete() {
        return degreeConditions().allHold();
    }

    /** The four conditions as the events shown made them hold, for the degree's one rule to tell what is missing. */
    public DegreeConditions degreeConditions() {
        return conditions.holding();
    }

    public boolean degreeAwarded() {
        return degree != null;
    }

    /** The transcript opened (again, when the student enrolled in another programme year). */
    public GraduationChecklist opened(Enrolment opened) {
        return new GraduationChecklist(studentId, opened, credits, conditions, transcriptClosed, degree);
    }

    public GraduationChecklist courseGraded(String course, int earned, Evidence graded) {
        return earning(course, earned, graded, conditions);
    }

    public GraduationChecklist dissertationDefended(boolean passed, int earned, Evidence defended) {
        var withDefense =
                passed ? conditions.withDissertation(conditions.dissertation().heldOnceBy(defended)) : conditions;
        return earning(DISSERTATION, earned, defended, withDefense);
    }

    public GraduationChecklist experienceMet(Evidence met) {
        return withConditions(conditions.withExperience(conditions.experience().heldOnceBy(met)));
    }

    public GraduationChecklist tuitionSettled(Evidence settled) {
        return withConditions(conditions.withTuition(conditions.tuition().heldOnceBy(settled)));
    }

    public GraduationChecklist closed() {
        return new GraduationChecklist(studentId, enrolment, credits, conditions, true, degree);
    }

    public GraduationChecklist awarded(AwardedDegree awarded) {
        return new GraduationChecklist(studentId, enrolment, credits, conditions, transcriptClosed, awarded);
    }

    private GraduationChecklist withConditions(Conditions changed) {
        return new GraduationChecklist(studentId, enrolment, credits, changed, transcriptClosed, degree);
    }

    // The ECTS condition holds from the event that brings the total to the required ECTS, and only once.
    private GraduationChecklist earning(String course, int earned, Evidence by, Conditions before) {
        var byCourse = credits.withCourse(course, earned);
        var after = DegreeConditions.enoughEcts(byCourse.earned(), requiredEcts())
                ? before.withEcts(before.ects().heldOnceBy(by))
                : before;
        return new GraduationChecklist(studentId, enrolment, byCourse, after, transcriptClosed, degree);
    }
}
