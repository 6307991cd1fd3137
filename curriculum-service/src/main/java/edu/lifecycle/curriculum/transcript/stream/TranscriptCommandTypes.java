package edu.lifecycle.curriculum.transcript.stream;

/** The {@code type} of each transcript command in its envelope: an internal contract, so stable strings. */
public final class TranscriptCommandTypes {

    public static final String OPEN_TRANSCRIPT = "open-transcript";
    public static final String CLOSE_TRANSCRIPT = "close-transcript";
    public static final String RECORD_GRADE = "record-grade";
    public static final String SUBMIT_DISSERTATION = "submit-dissertation";
    public static final String SCHEDULE_DEFENSE = "schedule-defense";
    public static final String RESCHEDULE_DEFENSE = "reschedule-defense";
    public static final String RECORD_DEFENSE_RESULT = "record-defense-result";
    public static final String RECORD_EXPERIENCE_MET = "record-experience-met";
    public static final String RECORD_TUITION_SETTLED = "record-tuition-settled";

    private TranscriptCommandTypes() {}
}
