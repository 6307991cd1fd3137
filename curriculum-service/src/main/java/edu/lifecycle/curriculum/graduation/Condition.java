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

    static Condition pending() {
        return new Condition(false, null, null, null);
    }

    static Condition heldBy(String event, String eventId, Instant at) {
        return new Condition(true, event, eventId, at);
    }
}
