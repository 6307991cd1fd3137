package edu.lifecycle.servicekit.topic;

import edu.lifecycle.servicekit.state.StateSerde;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads an event, and refuses one carrying an instant no store can keep. A public event's instants reach as far as
 * Avro's milliseconds do (the year 292,278,994 either way); a store keeps 1677 to 2262 ({@link StateSerde}). Such an
 * event is well-formed, passes any schema check, and would otherwise fail deep in whichever processor first stored
 * it, as an arithmetic overflow and after it had set a command in motion. Refused here, it is set aside as it was read,
 * by every consumer of its topic, with a reason naming the field, and nothing follows from it.
 */
final class StorableEventDeserializer<T> implements Deserializer<T> {

    private final Deserializer<T> inner;

    StorableEventDeserializer(Deserializer<T> inner) {
        this.inner = inner;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(configs, isKey);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return storable(topic, inner.deserialize(topic, data));
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        return storable(topic, inner.deserialize(topic, headers, data));
    }

    @Override
    public void close() {
        inner.close();
    }

    private static <T> T storable(String topic, T event) {
        if (event instanceof IndexedRecord record) {
            check(topic, record, record, "");
        }
        return event;
    }

    private static void check(String topic, IndexedRecord event, Object value, String path) {
        if (value instanceof Instant instant
                && (instant.isBefore(StateSerde.EARLIEST_INSTANT) || instant.isAfter(StateSerde.LATEST_INSTANT))) {
            throw new SerializationException(event.getSchema().getName() + " on " + topic + " has " + path + " "
                    + instant + ", " + AvroSerdes.UNSTORABLE_INSTANT + " (" + StateSerde.EARLIEST_INSTANT + " to "
                    + StateSerde.LATEST_INSTANT + ")");
        }
        if (value instanceof IndexedRecord record) {
            for (var field : record.getSchema().getFields()) {
                var name = record == event ? field.name() : path + "." + field.name();
                check(topic, event, record.get(field.pos()), name);
            }
        } else if (value instanceof Collection<?> values) {
            values.forEach(element -> check(topic, event, element, path + "[]"));
        } else if (value instanceof Map<?, ?> entries) {
            entries.values().forEach(entry -> check(topic, event, entry, path + "{}"));
        }
    }
}
