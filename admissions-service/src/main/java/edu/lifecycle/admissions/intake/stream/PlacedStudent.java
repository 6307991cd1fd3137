package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.WaitlistEntry;
import java.util.Objects;

/**
 * One placed student of an intake, in the store {@code intake-students} under {@code programme/year|student}: being
 * there means placed, which a second placement does not change.
 *
 * @param seat the seat's number while holding one, which orders the seat holders; 0 otherwise
 * @param waiting the place on the waitlist while waiting, which ranks it; {@code null} otherwise
 */
record PlacedStudent(Standing standing, long seat, WaitlistEntry waiting) {

    enum Standing {
        /** Admitted or promoted, and not withdrawn. */
        SEAT_HOLDER,
        WAITING,
        /** Rejected, or withdrawn from a seat or from the waitlist. */
        NEITHER
    }

    PlacedStudent {
        Objects.requireNonNull(standing, "standing");
        if ((standing == Standing.WAITING) != (waiting != null)) {
            throw new IllegalArgumentException("A waiting student, and only one, has a waitlist entry");
        }
    }

    static PlacedStudent holding(long seat) {
        return new PlacedStudent(Standing.SEAT_HOLDER, seat, null);
    }

    static PlacedStudent waiting(WaitlistEntry entry) {
        return new PlacedStudent(Standing.WAITING, 0, entry);
    }

    static PlacedStudent neither() {
        return new PlacedStudent(Standing.NEITHER, 0, null);
    }
}
