package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.Intake;
import java.util.List;

/**
 * Seats taken and the waitlist of one programme year, in promotion order.
 *
 * @param waitlist student ids, the next to be promoted first
 */
public record IntakeView(String programme, String academicYear, List<String> seatHolders, List<String> waitlist) {

    public static IntakeView of(Intake intake) {
        return new IntakeView(
                intake.key().programmeId(),
                intake.key().academicYear().toString(),
                intake.seatHolders(),
                intake.waitlist().stream().map(entry -> entry.studentId()).toList());
    }
}
