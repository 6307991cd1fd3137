package edu.lifecycle.admissions.timeline.stream;

import edu.lifecycle.admissions.timeline.TimelineEntry;
import edu.lifecycle.servicekit.stream.Projection;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Puts each public event about a student in its place in the student's timeline, once: its key orders it, so
 * nothing already there is read or rewritten.
 */
final class TimelineProjector {

    private TimelineProjector() {}

    static Projection<String, Object, Void, Void> supplier() {
        return Projection.of(TimelineProjector::project, TimelineStores.timelines(), TimelineStores.events());
    }

    private static void project(Record<String, Object> record, Projection.Target<Void, Void> target) {
        if (record.key() == null || record.value() == null) {
            // Event topics carry no tombstones, and an unkeyed record belongs to no student: nothing to fold in.
            return;
        }
        var source =
                target.source().orElseThrow(() -> new IllegalStateException("A timeline event must come from a topic"));
        KeyValueStore<String, TimelineEntry> timelines = target.store(TimelineStores.TIMELINES);
        KeyValueStore<String, String> events = target.store(TimelineStores.EVENTS);
        TimelineEntry entry = TimelineEntries.of(source.topic(), record.value());
        String eventKey = TimelineStores.eventKey(record.key(), entry.eventId());
        if (events.get(eventKey) != null) {
            // Delivered before: it already has its place.
            return;
        }
        String entryKey = TimelineStores.entryKey(record.key(), entry, source.offset());
        events.put(eventKey, entryKey);
        timelines.put(entryKey, entry);
    }
}
