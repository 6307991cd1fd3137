package edu.lifecycle.curriculum.transcript;

import java.util.Arrays;
import java.util.List;

/**
 * The one place the four degree conditions are decided: every ECTS of the programme year earned, the dissertation
 * passed, the experience requirement met (placement's fact) and the tuition settled (billing's). The transcript asks
 * it before awarding the degree, and the graduation checklist asks it to show which hold and which are missing, so
 * the two never disagree on what a student still lacks.
 */
public record DegreeConditions(boolean ects, boolean dissertation, boolean experience, boolean tuition) {

    /**
     * The ECTS condition: the student earned at least what the programme year requires. Never before the programme
     * year is known ({@code required} 0 until the transcript opens), or a transcript without courses would hold it.
     */
    public static boolean enoughEcts(int earned, int required) {
        return required > 0 && earned >= required;
    }

    public boolean holds(DegreeCondition condition) {
        return switch (condition) {
            case ECTS -> ects;
            case DISSERTATION -> dissertation;
            case EXPERIENCE -> experience;
            case TUITION -> tuition;
        };
    }

    /** The conditions that do not hold yet, in the order of the degree rule; empty when the degree is due. */
    public List<DegreeCondition> missing() {
        return Arrays.stream(DegreeCondition.values())
                .filter(condition -> !holds(condition))
                .toList();
    }

    public boolean allHold() {
        return missing().isEmpty();
    }
}
