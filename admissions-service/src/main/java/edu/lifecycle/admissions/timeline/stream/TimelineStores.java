package edu.lifecycle.admissions.timeline.stream;

import edu.lifecycle.admissions.timeline.TimelineEntry;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The timeline stores, partitioned like the public topics. Each event is its own entry, so an event costs one write
 * however long the student's timeline already is, and a student's timeline is one prefix scan, in order.
 */
public final class TimelineStores {

    /**
     * {@code studentId|<occurredAt>|<topic>|<offset>} → {@link TimelineEntry}: time and offset are fixed-width, so
     * keys sort as the timeline does (by time, then topic, then position in the topic).
     */
    public static final String TIMELINES = "student-timelines";

    /** {@code studentId|eventId} → the entry's key in {@link #TIMELINES}: recognises an event delivered twice. */
    static final String EVENTS = "student-timeline-events";

    private static final String SEPARATOR = "|";

    private TimelineStores() {}

    static StoreBuilder<KeyValueStore<String, TimelineEntry>> timelines() {
        return ReadModelStores.keyValue(TIMELINES, TimelineEntry.class);
    }

    static StoreBuilder<KeyValueStore<String, String>> events() {
        return ReadModelStores.keyValue(EVENTS, Serdes.String());
    }

    /** Every key of one student's timeline; the separator keeps {@code stu-1} from matching {@code stu-10}. */
    static String studentPrefix(String studentId) {
        return studentId + SEPARATOR;
    }

    static String entryKey(String studentId, TimelineEntry entry, long offset) {
        return studentPrefix(studentId)
                + sortable(entry.occurredAt())
                + SEPARATOR
                + entry.topic()
                + SEPARATOR
                + String.format("%019d", offset);
    }

    static String eventKey(String studentId, String eventId) {
        return studentPrefix(studentId) + eventId;
    }

    /** Milliseconds with the sign bit flipped, as 20 unsigned digits: sorts as the instants do, before 1970 too. */
    private static String sortable(Instant instant) {
        String digits = Long.toUnsignedString(instant.toEpochMilli() ^ Long.MIN_VALUE);
        return "0".repeat(20 - digits.length()) + digits;
    }
}
