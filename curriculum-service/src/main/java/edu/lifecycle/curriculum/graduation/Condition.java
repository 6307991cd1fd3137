package edu.lifecycle.curriculum.graduation;

import java.time.Instant;

/**
 * One degree condition.
 *
 * @param event the type of the event that made it hold, {@code null} while it does not
 * @param eventId that event's id
 * @param at when that event happened
 */
public record Condition(boolean holds, String event, String eventId, Instant at) {

    public static Condition pending() {
        return new Condition(false, null, null, null);
    }

    static Condition heldBy(Evidence evidence) {
        return new Condition(true, evidence.event(), evidence.eventId(), evidence.at());
    }

    /** Holds from now on, shown by the first report of the fact: a later or repeated report changes nothing. */
    Condition heldOnceBy(Evidence evidence) {
        return holds ? this : heldBy(evidence);
    }
}
