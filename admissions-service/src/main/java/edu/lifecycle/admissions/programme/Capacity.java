package edu.lifecycle.admissions.programme;

import java.util.OptionalInt;

/**
 * The seats of a programme year, as its reference data states them: a number, or unlimited. Unlimited is a choice
 * someone wrote down, never what an unconfigured year falls back to.
 */
public sealed interface Capacity {

    static Capacity seats(int count) {
        return new Seats(count);
    }

    static Capacity unlimited() {
        return new Unlimited();
    }

    /** The most students who may hold a seat at once; empty when unlimited. */
    OptionalInt limit();

    /** @param count zero or more; zero closes admission while keeping the waitlist */
    record Seats(int count) implements Capacity {

        public Seats {
            if (count < 0) {
                throw new IllegalArgumentException("a capacity must be zero seats or more, not " + count);
            }
        }

        @Override
        public OptionalInt limit() {
            return OptionalInt.of(count);
        }

        @Override
        public String toString() {
            return count + " seats";
        }
    }

    record Unlimited() implements Capacity {

        @Override
        public OptionalInt limit() {
            return OptionalInt.empty();
        }

        @Override
        public String toString() {
            return "unlimited";
        }
    }
}
