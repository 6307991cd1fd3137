package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.Intake;
import edu.lifecycle.admissions.intake.IntakeKey;
import java.util.Objects;

/**
 * What the store {@code intake-state} holds for a programme year. Since the intake is kept one student per entry it
 * holds only the {@link Tally}; a store written by an earlier release holds the {@link Whole} intake in one value,
 * which the first command for that year spreads into entries ({@link StoredIntake#open}).
 */
public sealed interface IntakeRecord {

    /**
     * The counts a decision needs, the same size however many are placed.
     *
     * @param seatsGiven seats given so far, released ones included: the number of the next seat, which orders the seat
     *     holders by when they got their seat
     */
    public record Tally(IntakeKey key, int seatsTaken, int waiting, long seatsGiven) implements IntakeRecord {
        public Tally {
            Objects.requireNonNull(key, "key");
        }

        static Tally empty(IntakeKey key) {
            return new Tally(key, 0, 0, 0);
        }
    }

    /** The layout before: every seat holder, waiting and placed student in one value, rewritten at each decision. */
    public record Whole(Intake intake) implements IntakeRecord {
        public Whole {
            Objects.requireNonNull(intake, "intake");
        }
    }
}
