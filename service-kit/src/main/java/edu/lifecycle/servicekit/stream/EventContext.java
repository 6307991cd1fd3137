package edu.lifecycle.servicekit.stream;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Where an event being published comes from: the aggregate, the command that caused it and its position among that
 * command's events. Ids derived from it are the same every time the command is processed, so a command replayed
 * after a crash (before its transaction committed) publishes events and follow-up commands with the same ids, and
 * consumers that de-duplicate by id stay exact.
 *
 * <p>The origin and the key are part of the id because a command id alone is unique only within one aggregate: three
 * services each turn one {@code StudentEnrolled} into a command with the same policy id, and two clients may send the
 * same {@code Idempotency-Key} to two students. No two events anywhere share an id.
 *
 * @param origin the aggregate that decides, named by its commands topic and its own name
 * @param key the aggregate's key
 * @param commandId the command that caused the event
 * @param index the event's position among the command's events, from 0
 */
public record EventContext(String origin, String key, String commandId, int index) {

    public EventContext {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(commandId, "commandId");
    }

    /** The event's id: a name-based UUID of the origin, the key, the command id and the event's position. */
    public String eventId() {
        String name = origin + "|" + key + "|" + commandId + "#" + index;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The id of a command this event sends to another aggregate, distinct per purpose. */
    public String followUpCommandId(String purpose) {
        return purpose + ":" + eventId();
    }
}
