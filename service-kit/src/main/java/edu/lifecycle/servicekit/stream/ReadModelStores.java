package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.state.StateSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The stores of read models: persistent, keyed by string, behind Streams' record cache. A projection rewrites the
 * same keys over and over (a cohort's counts on every student's event, a student's row on each of their events);
 * the cache turns the writes a key gets between two commits into one RocksDB write and one changelog record, and
 * queries read through it, so they see every write at once.
 */
public final class ReadModelStores {

    private ReadModelStores() {}

    /** A store of records in binary, reading the JSON of earlier releases too ({@link StateSerde#storing}, ADR 16). */
    public static <V> StoreBuilder<KeyValueStore<String, V>> keyValue(String name, Class<V> type) {
        return keyValue(name, StateSerde.storing(type));
    }

    public static <V> StoreBuilder<KeyValueStore<String, V>> keyValue(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values)
                .withCachingEnabled();
    }
}
