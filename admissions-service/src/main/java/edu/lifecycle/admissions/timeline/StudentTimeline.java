package edu.lifecycle.admissions.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A student's events in the order they happened: by occurrence time, then topic, then position in the topic.
 *
 * <p>The position is never stored: a student's events on one topic arrive in offset order, so an entry placed after
 * every entry with the same time and topic lands exactly where its offset puts it, and a replay rebuilds the same
 * order.
 */
public record StudentTimeline(String studentId, List<TimelineEntry> entries) {

    public StudentTimeline {
        Objects.requireNonNull(studentId, "studentId");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static StudentTimeline empty(String studentId) {
        return new StudentTimeline(studentId, List.of());
    }

    /** The timeline with the entry in its place; unchanged when its event is already there (a redelivery). */
    public StudentTimeline with(TimelineEntry entry) {
        if (entries.stream().anyMatch(existing -> existing.eventId().equals(entry.eventId()))) {
            return this;
        }
        int position = entries.size();
        while (position > 0 && entries.get(position - 1).sortsAfter(entry)) {
            position--;
        }
        var placed = new ArrayList<>(entries);
        placed.add(position, entry);
        return new StudentTimeline(studentId, placed);
    }
}
