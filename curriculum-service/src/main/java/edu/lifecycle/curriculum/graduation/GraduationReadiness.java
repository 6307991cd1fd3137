package edu.lifecycle.curriculum.graduation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one student of a cohort stands with the four degree conditions, and which are still missing: what the
 * registrar needs to see who is stuck on what.
 *
 * @param missing the conditions that do not hold yet, in the order of the degree rule: ects, dissertation,
 *     experience, tuition; empty once all four hold
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
        var missing = new ArrayList<String>();
        if (!holds(checklist.ects())) {
            missing.add("ects");
        }
        if (!holds(checklist.dissertation())) {
            missing.add("dissertation");
        }
        if (!holds(checklist.experience())) {
            missing.add("experience");
        }
        if (!holds(checklist.tuition())) {
            missing.add("tuition");
        }
        return new GraduationReadiness(
                checklist.studentId(),
                checklist.ectsEarned(),
                checklist.requiredEcts(),
                holds(checklist.ects()),
                holds(checklist.dissertation()),
                holds(checklist.experience()),
                holds(checklist.tuition()),
                missing,
                checklist.degreeAwardedAt() != null);
    }

    private static boolean holds(Condition condition) {
        return condition != null && condition.holds();
    }
}
