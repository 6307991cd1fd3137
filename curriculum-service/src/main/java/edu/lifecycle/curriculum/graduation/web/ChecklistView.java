package edu.lifecycle.curriculum.graduation.web;

import edu.lifecycle.curriculum.graduation.Condition;
import edu.lifecycle.curriculum.graduation.GraduationChecklist;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A student's graduation checklist as {@code GET /api/v1/students/{id}/graduation-checklist} answers it: one flat
 * object, whose fields the operations console and other clients read, whatever parts the domain keeps the checklist
 * in.
 *
 * @param ectsByCourse ECTS earned per course code, the dissertation under {@link GraduationChecklist#DISSERTATION}
 * @param degreeMention {@code null} until the degree is awarded, as are its average and time
 */
record ChecklistView(
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

    static ChecklistView of(GraduationChecklist checklist) {
        var enrolment = checklist.enrolment();
        var conditions = checklist.conditions();
        var degree = checklist.degree();
        return new ChecklistView(
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
}
