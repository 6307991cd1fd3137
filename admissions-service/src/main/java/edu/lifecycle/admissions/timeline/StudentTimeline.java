package edu.lifecycle.admissions.timeline;

import java.util.List;
import java.util.Objects;

/**
 * A student's events in the order they happened: by occurrence time, then topic, then position in the topic.
 *
 * <p>The position is never shown: a student's events on one topic arrive in offset order, and the offset orders
 * events of the same instant on the same topic (several events of one command), so a replay rebuilds the same order.
 */
public record StudentTimeline(String studentId, List<TimelineEntry> entries) {

    public StudentTimeline {
        Objects.requireNonNull(studentId, "studentId");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
