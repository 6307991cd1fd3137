package edu.lifecycle.servicekit.topic;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A topic named once, with the serdes of its key and value and how the broker keeps it.
 *
 * @param name the full topic name (prefix included)
 * @param keySerde how keys are written
 * @param valueSerde how values are written
 * @param cleanup whether the broker keeps every record, lets old ones expire, or keeps the latest per key
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Cleanup cleanup) {

    /** How the broker keeps a topic's records. */
    public enum Cleanup {
        /** A log of facts, kept for ever: read models are rebuilt by replaying it from the beginning. */
        KEEP,
        /** Records needed only until they are processed (commands), deleted after the broker's retention period. */
        EXPIRE,
        /** The latest value per key (a table, e.g. profiles); a {@code null} value erases the key. */
        COMPACT
    }

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        Objects.requireNonNull(cleanup, "cleanup");
    }

    /** A log of facts, e.g. a public event topic, kept for ever. */
    public static <K, V> Topic<K, V> log(String name, Serde<K> keySerde, Serde<V> valueSerde) {
        return new Topic<>(name, keySerde, valueSerde, Cleanup.KEEP);
    }

    /** Records that matter only until processed, e.g. commands, which may carry personal data. */
    public static <K, V> Topic<K, V> expiring(String name, Serde<K> keySerde, Serde<V> valueSerde) {
        return new Topic<>(name, keySerde, valueSerde, Cleanup.EXPIRE);
    }

    public static <K, V> Topic<K, V> compacted(String name, Serde<K> keySerde, Serde<V> valueSerde) {
        return new Topic<>(name, keySerde, valueSerde, Cleanup.COMPACT);
    }

    public Consumed<K, V> consumed() {
        return Consumed.with(keySerde, valueSerde);
    }

    public Produced<K, V> produced() {
        return Produced.with(keySerde, valueSerde);
    }
}
