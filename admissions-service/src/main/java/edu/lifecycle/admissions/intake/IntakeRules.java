package edu.lifecycle.admissions.intake;

/** The names of the rules that refuse intake commands, stable like the application's. */
public final class IntakeRules {

    /** RULE_BROKEN: the intake's programme is no longer in the reference data, so its capacity is unknown. */
    public static final String PROGRAMME_UNKNOWN = "programme-unknown";

    private IntakeRules() {}
}
