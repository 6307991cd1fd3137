package edu.lifecycle.admissions.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * One event in a student's timeline.
 *
 * @param type the event's record name, e.g. {@code StudentEnrolled}
 * @param topic the public topic it was published on, e.g. {@code billing.events}
 * @param summary a short sentence saying what happened, in the event's own terms
 */
public record TimelineEntry(String eventId, String type, String topic, Instant occurredAt, String summary) {

    public TimelineEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
