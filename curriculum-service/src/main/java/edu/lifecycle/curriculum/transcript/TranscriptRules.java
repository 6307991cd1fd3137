package edu.lifecycle.curriculum.transcript;

/**
 * The names of the rules that refuse transcript commands. They are shown to API clients and must not change; each
 * says its kind (CONFLICT 409, RULE_BROKEN 422, NOT_FOUND 404).
 */
public final class TranscriptRules {

    /** NOT_FOUND: no enrollment has opened a transcript for the student. */
    public static final String TRANSCRIPT_NOT_FOUND = "transcript-not-found";
    /** CONFLICT: a student has one transcript. */
    public static final String TRANSCRIPT_ALREADY_OPEN = "transcript-already-open";
    /** CONFLICT: the transcript was closed after a withdrawal; nothing more is recorded on it. */
    public static final String TRANSCRIPT_CLOSED = "transcript-closed";
    /** CONFLICT: the degree was awarded; the transcript is final. */
    public static final String DEGREE_ALREADY_AWARDED = "degree-already-awarded";
    /** RULE_BROKEN: the enrollment names a programme the curriculum does not know. */
    public static final String PROGRAMME_UNKNOWN = "programme-unknown";
    /** RULE_BROKEN: the course is not one of the programme's. */
    public static final String COURSE_NOT_IN_PROGRAMME = "course-not-in-programme";
    /** RULE_BROKEN: a mark lies outside 0 to 20. */
    public static final String MARK_OUT_OF_RANGE = "mark-out-of-range";
    /** RULE_BROKEN: a mark has more than two decimals. */
    public static final String MARK_TOO_PRECISE = "mark-too-precise";
    /** CONFLICT: the first session of a course is graded once. */
    public static final String FIRST_SESSION_ALREADY_GRADED = "first-session-already-graded";
    /** CONFLICT: a resit only follows a failed first session. */
    public static final String RESIT_REQUIRES_FAILED_FIRST_SESSION = "resit-requires-failed-first-session";
    /** CONFLICT: a course has one resit session. */
    public static final String RESIT_ALREADY_GRADED = "resit-already-graded";
    /** CONFLICT: a dissertation is submitted once. */
    public static final String DISSERTATION_ALREADY_SUBMITTED = "dissertation-already-submitted";
    /** CONFLICT: a defense is scheduled only after the dissertation is submitted. */
    public static final String DEFENSE_REQUIRES_SUBMISSION = "defense-requires-submission";
    /** CONFLICT: a scheduled defense awaits its result. */
    public static final String DEFENSE_ALREADY_SCHEDULED = "defense-already-scheduled";
    /** CONFLICT: the dissertation was defended successfully. */
    public static final String DISSERTATION_ALREADY_PASSED = "dissertation-already-passed";
    /** CONFLICT: a failed defense may be rescheduled once, not twice. */
    public static final String DEFENSE_RETAKE_LIMIT_REACHED = "defense-retake-limit-reached";
    /** RULE_BROKEN: a jury has at least two distinct members. */
    public static final String DEFENSE_JURY_TOO_SMALL = "defense-jury-too-small";
    /** RULE_BROKEN: a defense is scheduled in the future. */
    public static final String DEFENSE_IN_THE_PAST = "defense-in-the-past";
    /** CONFLICT: a defense result, or a new schedule, needs a scheduled defense awaiting its result. */
    public static final String DEFENSE_NOT_SCHEDULED = "defense-not-scheduled";
    /** CONFLICT: a defense result is recorded at or after the defense's scheduled time, not before it. */
    public static final String DEFENSE_NOT_YET_HELD = "defense-not-yet-held";

    private TranscriptRules() {}
}
