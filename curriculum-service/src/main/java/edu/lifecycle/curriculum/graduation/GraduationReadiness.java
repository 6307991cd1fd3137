package edu.lifecycle.curriculum.graduation;

import edu.lifecycle.curriculum.transcript.DegreeCondition;
import java.util.List;

/**
 * Where one student of a cohort stands with the four degree conditions, and which are still missing: what the
 * registrar needs to see who is stuck on what.
 *
 * @param missing the conditions that do not hold yet, by {@link DegreeCondition#ruleName()}, in the order of the
 *     degree rule: ects, dissertation, experience, tuition; empty once all four hold
 * @param degreeAwarded whether the degree was awarded (the four held and the transcript closed)
 */
public record GraduationReadiness(
        String studentId,
        int ectsEarned,
        int requiredEcts,
        boolean ects,
        boolean dissertation,
        boolean experience,
        boolean tuition,
        List<String> missing,
        boolean degreeAwarded) {

    public GraduationReadiness {
        missing = List.copyOf(missing);
    }

    public static GraduationReadiness of(GraduationChecklist checklist) {
        var conditions = checklist.degreeConditions();
        return new GraduationReadiness(
                checklist.studentId(),
                checklist.credits().earned(),
                checklist.requiredEcts(),
                conditions.ects(),
                conditions.dissertation(),
                conditions.experience(),
                conditions.tuition(),
                conditions.missing().stream().map(DegreeCondition::ruleName).toList(),
                checklist.degreeAwarded());
    }
}
