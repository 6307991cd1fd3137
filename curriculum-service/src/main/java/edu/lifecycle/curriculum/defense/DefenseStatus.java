package edu.lifecycle.curriculum.defense;

/** Where a defense on the calendar stands at the time the calendar is read. */
public enum DefenseStatus {
    /** Its time is still to come. */
    SCHEDULED,
    /** Its time has come (it was held, or should have been) and no result is recorded yet. */
    AWAITING_RESULT
}
