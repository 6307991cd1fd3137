package edu.lifecycle.admissions.application.stream;

/** The {@code type} of each application command in its envelope: an internal contract, so stable strings. */
public final class ApplicationCommandTypes {

    public static final String SUBMIT = "submit-application";
    public static final String OVERRIDE_ELIGIBILITY = "override-eligibility";
    public static final String GRADE_EXAM = "grade-entrance-exam";
    public static final String DECIDE_ADMISSION = "decide-admission";
    public static final String RECORD_ADMISSION_DECISION = "record-admission-decision";
    public static final String PROMOTE_FROM_WAITLIST = "promote-from-waitlist";
    public static final String ENROLL = "enroll";
    public static final String WITHDRAW = "withdraw";
    public static final String ERASE_PERSONAL_DATA = "erase-personal-data";
    public static final String RECTIFY_PERSONAL_DATA = "rectify-personal-data";

    private ApplicationCommandTypes() {}
}
