package edu.lifecycle.placement.placement;

/**
 * The names of the rules that refuse placement commands. They are shown to API clients and must not change; each
 * says its kind (CONFLICT 409, RULE_BROKEN 422, NOT_FOUND 404).
 */
public final class PlacementRules {

    /** NOT_FOUND: the student has no placement record (never enrolled). */
    public static final String RECORD_NOT_FOUND = "placement-record-not-found";
    /** CONFLICT: a student's record opens once. */
    public static final String RECORD_ALREADY_OPEN = "placement-record-already-open";
    /** CONFLICT: the record closed (the enrollment was withdrawn); nothing more is recorded on it. */
    public static final String RECORD_CLOSED = "placement-record-closed";
    /** RULE_BROKEN: the programme is not in the reference data. */
    public static final String PROGRAMME_UNKNOWN = "programme-unknown";
    /** RULE_BROKEN: a placement ends before it starts. */
    public static final String DATES_REVERSED = "placement-dates-reversed";
    /**
     * RULE_BROKEN: a placement whose last day falls before the first day of the student's academic year is not
     * experience of this year; it is neither signed nor validated for it.
     */
    public static final String BEFORE_ACADEMIC_YEAR = "placement-before-academic-year";
    /** RULE_BROKEN: an internship runs shorter than the programme's minimum. */
    public static final String INTERNSHIP_TOO_SHORT = "internship-too-short";
    /** RULE_BROKEN: an internship runs longer than the programme's maximum. */
    public static final String INTERNSHIP_TOO_LONG = "internship-too-long";
    /** CONFLICT: a student's internship agreements may not overlap. */
    public static final String INTERNSHIPS_OVERLAP = "internship-agreements-overlap";
    /** RULE_BROKEN: a work-study contract runs longer than the programme's maximum. */
    public static final String WORK_STUDY_TOO_LONG = "work-study-contract-too-long";
    /** CONFLICT: a student's work-study contracts may not overlap. */
    public static final String WORK_STUDY_CONTRACTS_OVERLAP = "work-study-contracts-overlap";
    /** NOT_FOUND: the student has no agreement or contract with that id. */
    public static final String PLACEMENT_NOT_FOUND = "placement-not-found";
    /** CONFLICT: a placement is validated once, and a validated placement no longer changes. */
    public static final String ALREADY_VALIDATED = "placement-already-validated";
    /** CONFLICT: a placement ends early once. */
    public static final String ALREADY_ENDED_EARLY = "placement-already-ended-early";
    /** RULE_BROKEN: an early end falls before the start or on or after the agreed end. */
    public static final String EARLY_END_OUTSIDE_PLACEMENT = "early-end-outside-placement";
    /** RULE_BROKEN: an early end needs a reason. */
    public static final String EARLY_END_REASON_REQUIRED = "early-end-reason-required";
    /** CONFLICT: a placement is validated only after its last day. */
    public static final String VALIDATION_BEFORE_END = "validation-before-end";
    /** RULE_BROKEN: the tutor's evaluation lies outside 0 to 20. */
    public static final String MARK_OUT_OF_RANGE = "evaluation-mark-out-of-range";
    /** RULE_BROKEN: the tutor's evaluation has more than two decimals. */
    public static final String MARK_TOO_PRECISE = "evaluation-mark-too-precise";
    /** CONFLICT: outcomes are recorded for graduates only. */
    public static final String OUTCOME_REQUIRES_DEGREE = "outcome-requires-degree";
    /** CONFLICT: a graduate's first position is recorded once. */
    public static final String OUTCOME_ALREADY_RECORDED = "graduate-outcome-already-recorded";
    /** RULE_BROKEN: a position cannot be taken up before the degree. */
    public static final String MONTHS_AFTER_GRADUATION_NEGATIVE = "months-after-graduation-negative";

    private PlacementRules() {}
}
