package edu.lifecycle.placement.placement.stream;

/** The {@code type} of each placement command in its envelope: an internal contract, so stable strings. */
public final class PlacementCommandTypes {

    public static final String OPEN_RECORD = "open-placement-record";
    public static final String CLOSE_RECORD = "close-placement-record";
    public static final String SIGN_INTERNSHIP = "sign-internship-agreement";
    public static final String SIGN_WORK_STUDY = "sign-work-study-contract";
    public static final String END_EARLY = "end-placement-early";
    public static final String VALIDATE = "validate-placement";
    public static final String NOTE_GRADUATION = "note-graduation";
    public static final String RECORD_GRADUATE_OUTCOME = "record-graduate-outcome";

    private PlacementCommandTypes() {}
}
