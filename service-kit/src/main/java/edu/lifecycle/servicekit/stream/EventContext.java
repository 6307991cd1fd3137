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
 * @param key the aggregate's key
 * @param commandId the command that caused the event
 * @param index the event's position among the command's events, from 0
 */
public record EventContext(String key, String commandId, int index) {

    public EventContext {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(commandId, "commandId");
    }

    /** The event's id: a name-based UUID of the command id and the event's position. */
    public String eventId() {
        return UUID.nameUUIDFromBytes((commandId + "#" + index).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The id of a command this event sends to another aggregate, distinct per purpose. */
    public String followUpCommandId(String purpose) {
        return purpose + ":" + eventId();
    }
}
