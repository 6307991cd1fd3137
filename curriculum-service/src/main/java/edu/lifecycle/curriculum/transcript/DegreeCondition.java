package edu.lifecycle.curriculum.transcript;

/** One of the four conditions of the degree, in the order of the degree rule. */
public enum DegreeCondition {
    ECTS("ects"),
    DISSERTATION("dissertation"),
    EXPERIENCE("experience"),
    TUITION("tuition");

    private final String ruleName;

    DegreeCondition(String ruleName) {
        this.ruleName = ruleName;
    }

    /** The name a condition goes by where it is reported missing, e.g. {@code ects}. */
    public String ruleName() {
        return ruleName;
    }
}
