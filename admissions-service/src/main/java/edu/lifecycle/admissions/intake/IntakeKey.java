package edu.lifecycle.admissions.intake;

import edu.lifecycle.admissions.programme.AcademicYear;
import java.util.Objects;
import java.util.Optional;

/** The intake of one programme for one academic year: all applicants competing for the same seats. */
public record IntakeKey(String programmeId, AcademicYear academicYear) {

    public IntakeKey {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(academicYear, "academicYear");
    }

    /** {@code M2-ISD/2026-2027}. */
    @Override
    public String toString() {
        return programmeId + "/" + academicYear;
    }

    /** Reads back what {@link #toString()} wrote; the programme id is everything before the last slash. */
    public static Optional<IntakeKey> parse(String text) {
        int slash = text.lastIndexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        return AcademicYear.parse(text.substring(slash + 1)).map(year -> new IntakeKey(text.substring(0, slash), year));
    }
}
