package edu.lifecycle.curriculum.graduation;

import java.time.Instant;
import java.util.Objects;

/**
 * The event that reports a fact the checklist records: its type (the published event's name), its id and when it
 * happened. A condition that holds shows the first one.
 */
public record Evidence(String event, String eventId, Instant at) {

    public Evidence {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
    }
}
