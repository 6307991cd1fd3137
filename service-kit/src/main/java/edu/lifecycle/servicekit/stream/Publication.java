package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.topic.Topic;
import java.util.Objects;

/**
 * One record an event causes. Made with {@link #to}, so key and value types match the topic's serdes.
 *
 * @param topic the target topic's name, one of the aggregate's {@link Aggregate#outputs()}
 * @param key the record key
 * @param value the record value; {@code null} is a tombstone
 */
public record Publication(String topic, Object key, Object value) {

    public Publication {
        Objects.requireNonNull(topic, "topic");
    }

    public static <K, V> Publication to(Topic<K, V> topic, K key, V value) {
        return new Publication(topic.name(), key, value);
    }
}
