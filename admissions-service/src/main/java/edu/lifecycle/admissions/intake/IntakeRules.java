package edu.lifecycle.admissions.intake;

/** The names of the rules that refuse intake commands, stable like the application's. */
public final class IntakeRules {

    /** RULE_BROKEN: the intake's programme is no longer in the reference data, so its capacity is unknown. */
    public static final String PROGRAMME_UNKNOWN = "programme-unknown";
    /** RULE_BROKEN: the intake's year was closed before the applicant could be placed; nobody is admitted to it. */
    public static final String ACADEMIC_YEAR_NOT_OPEN = "academic-year-not-open";

    private IntakeRules() {}
}
