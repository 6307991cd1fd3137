package edu.lifecycle.admissions.intake.stream;

/**
 * What an intake command's outcome shows: the counts after it, the same size however many are placed. The lists are
 * the intake query's ({@link IntakeView}).
 */
public record IntakeCounts(String programme, String academicYear, int seatsTaken, int waiting) {

    static IntakeCounts of(IntakeRecord.Tally tally) {
        return new IntakeCounts(
                tally.key().programmeId(), tally.key().academicYear().toString(), tally.seatsTaken(), tally.waiting());
    }
}
