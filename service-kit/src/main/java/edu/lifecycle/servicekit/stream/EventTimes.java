package edu.lifecycle.servicekit.stream;

import java.time.Instant;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * When a public event happened, read from the contract's {@code occurredAt} field: the domain time, which in a played
 * year or a replay is not the broker's clock that stamped the record.
 */
final class EventTimes {

    static final String OCCURRED_AT = "occurredAt";

    private EventTimes() {}

    /** The event's {@code occurredAt}, when it is an Avro record that has one. */
    static Optional<Instant> occurredAt(Object event) {
        if (!(event instanceof IndexedRecord record)) {
            return Optional.empty();
        }
        Schema.Field field = record.getSchema().getField(OCCURRED_AT);
        if (field == null) {
            return Optional.empty();
        }
        Object value = record.get(field.pos());
        if (value instanceof Instant instant) {
            return Optional.of(instant);
        }
        if (value instanceof Long millis) {
            // a GenericRecord read without logical-type conversions
            return Optional.of(Instant.ofEpochMilli(millis));
        }
        return Optional.empty();
    }
}
