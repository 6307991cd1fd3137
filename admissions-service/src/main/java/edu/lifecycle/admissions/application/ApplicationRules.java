package edu.lifecycle.admissions.application;

/**
 * The names of the rules that refuse application commands. They are shown to API clients and must not change; each
 * says its kind (CONFLICT 409, RULE_BROKEN 422, NOT_FOUND 404).
 */
public final class ApplicationRules {

    /** NOT_FOUND: the student never applied. */
    public static final String APPLICATION_NOT_FOUND = "application-not-found";
    /** CONFLICT: the application was withdrawn; only erasure is still possible. */
    public static final String APPLICATION_WITHDRAWN = "application-withdrawn";
    /** CONFLICT: one application per student. */
    public static final String APPLICATION_ALREADY_SUBMITTED = "application-already-submitted";
    /** RULE_BROKEN: the programme is not in the reference data. */
    public static final String PROGRAMME_UNKNOWN = "programme-unknown";
    /** RULE_BROKEN: the academic year is not {@code YYYY-YYYY} with consecutive years. */
    public static final String ACADEMIC_YEAR_MALFORMED = "academic-year-malformed";
    /** RULE_BROKEN: the academic year is not one the school has opened (applications, decisions, enrollment). */
    public static final String ACADEMIC_YEAR_NOT_OPEN = "academic-year-not-open";
    /** RULE_BROKEN: the applicant's full name is blank. */
    public static final String APPLICANT_NAME_REQUIRED = "applicant-name-required";
    /** RULE_BROKEN: the applicant's e-mail is not an address. */
    public static final String APPLICANT_EMAIL_INVALID = "applicant-email-invalid";
    /** RULE_BROKEN: the prior degree's title, institution or country is blank. */
    public static final String PRIOR_DEGREE_INCOMPLETE = "prior-degree-incomplete";
    /** RULE_BROKEN: the prior degree's ECTS are negative. */
    public static final String PRIOR_ECTS_NEGATIVE = "prior-ects-negative";
    /** RULE_BROKEN: the prior degree claims more ECTS than anyone's prior studies plausibly earned. */
    public static final String PRIOR_ECTS_IMPLAUSIBLE = "prior-ects-implausible";
    /** RULE_BROKEN: an eligibility override needs a written reason. */
    public static final String OVERRIDE_REASON_REQUIRED = "eligibility-override-reason-required";
    /**
     * RULE_BROKEN: an eligibility override needs the officer who made it, the signed-in sender of the command (its
     * body cannot name one).
     */
    public static final String OVERRIDE_OFFICER_REQUIRED = "eligibility-override-officer-required";
    /** CONFLICT: eligibility is settled once the exam is graded. */
    public static final String OVERRIDE_AFTER_GRADING = "eligibility-override-after-grading";
    /** CONFLICT: only eligible applicants sit the entrance exam. */
    public static final String EXAM_REQUIRES_ELIGIBILITY = "exam-requires-eligibility";
    /** CONFLICT: the entrance exam is graded once. */
    public static final String EXAM_ALREADY_GRADED = "exam-already-graded";
    /** RULE_BROKEN: a mark lies outside 0 to 20. */
    public static final String EXAM_MARK_OUT_OF_RANGE = "exam-mark-out-of-range";
    /** RULE_BROKEN: a mark has more than two decimals. */
    public static final String EXAM_MARK_TOO_PRECISE = "exam-mark-too-precise";
    /** CONFLICT: a decision needs a graded exam. */
    public static final String DECISION_REQUIRES_GRADING = "admission-decision-requires-grading";
    /** CONFLICT: a decision is requested once. */
    public static final String DECISION_ALREADY_REQUESTED = "admission-decision-already-requested";
    /** RULE_BROKEN: a rejection needs a reason. */
    public static final String REJECTION_REASON_REQUIRED = "rejection-reason-required";
    /** CONFLICT: a final decision arrived for an application that was not awaiting one. */
    public static final String DECISION_NOT_AWAITED = "admission-decision-not-awaited";
    /** CONFLICT: only a waitlisted applicant can be promoted. */
    public static final String PROMOTION_REQUIRES_WAITLIST = "promotion-requires-waitlist";
    /** CONFLICT: only an admitted applicant can enroll. */
    public static final String ENROLLMENT_REQUIRES_ADMISSION = "enrollment-requires-admission";
    /** CONFLICT: a student enrolls once. */
    public static final String ALREADY_ENROLLED = "student-already-enrolled";
    /** RULE_BROKEN: the programme does not offer the stream. */
    public static final String STREAM_NOT_OFFERED = "stream-not-offered";
    /** RULE_BROKEN: the programme does not offer the training scheme. */
    public static final String SCHEME_NOT_OFFERED = "scheme-not-offered";
    /** RULE_BROKEN: a withdrawal needs a reason. */
    public static final String WITHDRAWAL_REASON_REQUIRED = "withdrawal-reason-required";

    /** CONFLICT: the applicant's personal data was erased; there is nothing left to correct. */
    public static final String PERSONAL_DATA_ERASED = "personal-data-erased";
    /** RULE_BROKEN: a rectification names neither a name nor an e-mail. */
    public static final String RECTIFICATION_EMPTY = "rectification-empty";

    private ApplicationRules() {}
}
