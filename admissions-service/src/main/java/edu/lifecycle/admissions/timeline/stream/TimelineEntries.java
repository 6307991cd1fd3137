package edu.lifecycle.admissions.timeline.stream;

import edu.lifecycle.admissions.timeline.TimelineEntry;
import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.schemas.PublicTopic;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Turns any public event into a timeline entry. The contract's common fields ({@code eventId}, {@code occurredAt})
 * are read from the schema, not per type, so every event of the four topics gets an entry, with a plain summary when
 * no sentence is written for its type.
 */
final class TimelineEntries {

    private TimelineEntries() {}

    /** @throws IllegalArgumentException for a record without the contract's eventId and occurredAt */
    static TimelineEntry of(String topic, Object event) {
        if (!(event instanceof IndexedRecord record)) {
            throw new IllegalArgumentException(
                    "Not an Avro record: " + event.getClass().getName());
        }
        String type = record.getSchema().getName();
        String summary = AdmissionsSummaries.of(event)
                .or(() -> BillingSummaries.of(event))
                .or(() -> CurriculumSummaries.of(event))
                .or(() -> PlacementSummaries.of(event))
                .orElseGet(() -> type + " recorded.");
        return new TimelineEntry(
                String.valueOf(field(record, "eventId")),
                type,
                baseName(topic),
                instant(field(record, "occurredAt"), type),
                summary);
    }

    /** The contract's name of a topic, without the prefix a test run or environment put before it. */
    static String baseName(String topic) {
        return EventCatalog.topics().stream()
                .map(PublicTopic::name)
                .filter(topic::endsWith)
                .findFirst()
                .orElse(topic);
    }

    private static Object field(IndexedRecord record, String name) {
        Schema.Field field = record.getSchema().getField(name);
        Object value = field == null ? null : record.get(field.pos());
        if (value == null) {
            throw new IllegalArgumentException(record.getSchema().getFullName() + " has no " + name);
        }
        return value;
    }

    private static Instant instant(Object occurredAt, String type) {
        if (occurredAt instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException(type + ".occurredAt is not a timestamp: " + occurredAt);
    }
}
