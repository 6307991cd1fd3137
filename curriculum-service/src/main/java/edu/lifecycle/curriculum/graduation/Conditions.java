package edu.lifecycle.curriculum.graduation;

import edu.lifecycle.curriculum.transcript.DegreeConditions;
import java.util.Objects;

/**
 * The four conditions of the degree as the checklist shows them, each with the event that made it hold. Each changes
 * through its own {@code with…} method, so no two are ever passed side by side.
 */
public record Conditions(Condition ects, Condition dissertation, Condition experience, Condition tuition) {

    private static final Conditions PENDING =
            new Conditions(Condition.pending(), Condition.pending(), Condition.pending(), Condition.pending());

    public Conditions {
        Objects.requireNonNull(ects, "ects");
        Objects.requireNonNull(dissertation, "dissertation");
        Objects.requireNonNull(experience, "experience");
        Objects.requireNonNull(tuition, "tuition");
    }

    /** None holds yet. */
    public static Conditions pending() {
        return PENDING;
    }

    public Conditions withEcts(Condition condition) {
        return new Conditions(condition, dissertation, experience, tuition);
    }

    public Conditions withDissertation(Condition condition) {
        return new Conditions(ects, condition, experience, tuition);
    }

    public Conditions withExperience(Condition condition) {
        return new Conditions(ects, dissertation, condition, tuition);
    }

    public Conditions withTuition(Condition condition) {
        return new Conditions(ects, dissertation, experience, condition);
    }

    /** Whether each holds, for the degree's one rule to tell whether the degree is due and what is missing. */
    DegreeConditions holding() {
        return new DegreeConditions(ects.holds(), dissertation.holds(), experience.holds(), tuition.holds());
    }
}
