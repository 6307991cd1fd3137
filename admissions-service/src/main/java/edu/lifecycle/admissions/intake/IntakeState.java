package edu.lifecycle.admissions.intake;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a decision reads of an intake, however it is kept: the whole {@link Intake} in memory, or a store read one
 * student at a time, so that deciding costs the same with three applicants placed or three thousand.
 */
public interface IntakeState {

    IntakeKey key();

    /** Whether the student was ever placed, whatever the outcome: placing one twice changes nothing. */
    boolean hasPlaced(String studentId);

    boolean holdsSeat(String studentId);

    boolean isWaitlisted(String studentId);

    int seatsTaken();

    /** The first of the waitlist in promotion order. */
    Optional<WaitlistEntry> nextInLine();

    /** Whether one more student can be admitted; an absent capacity has no limit. */
    default boolean hasFreeSeat(OptionalInt capacity) {
        return hasFreeSeatWith(seatsTaken(), capacity);
    }

    /** Whether a student can be admitted once one seat holder has left. */
    default boolean hasFreeSeatOnceOneLeaves(OptionalInt capacity) {
        return hasFreeSeatWith(seatsTaken() - 1, capacity);
    }

    private static boolean hasFreeSeatWith(int seatsTaken, OptionalInt capacity) {
        return capacity.isEmpty() || seatsTaken < capacity.getAsInt();
    }
}
