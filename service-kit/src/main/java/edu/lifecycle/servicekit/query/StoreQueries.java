package edu.lifecycle.servicekit.query;

import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the service's key-value stores: who owns a key, and what this instance holds. The only way a controller reads
 * a store: every "not now" (not started, rebalancing, store migrating, even in the middle of a read) becomes a
 * {@link StoreUnavailableException}, answered 503 with {@code Retry-After}. The store itself is never handed out.
 */
public final class StoreQueries {

    private final QueryableStreams streams;
    private final ThisInstance self;

    public StoreQueries(QueryableStreams streams, ThisInstance self) {
        this.streams = streams;
        this.self = self;
    }

    /** The instance holding the active copy of {@code key} in {@code store}. */
    public KeyOwner owner(String store, String key) {
        KeyQueryMetadata metadata;
        try {
            metadata = running(store)
                    .queryMetadataForKey(store, key, Serdes.String().serializer());
        } catch (InvalidStateStoreException e) {
            throw new StoreUnavailableException("The store is not ready yet; retry in a moment.", e);
        }
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            throw new StoreUnavailableException("The instances are rebalancing; retry in a moment.");
        }
        return metadata.activeHost().equals(self.hostInfo())
                ? new KeyOwner.Local()
                : new KeyOwner.Remote(metadata.activeHost());
    }

    /** The value of {@code key} in this instance's copy of {@code store}. */
    public <V> Optional<V> get(String store, String key) {
        return inLocal(store, (ReadOnlyKeyValueStore<String, V> local) -> Optional.ofNullable(local.get(key)));
    }

    /** One page of this instance's entries of {@code store} whose keys start with {@code prefix}. */
    public <V> Page<V> page(String store, String prefix, String after, int limit) {
        return inLocal(store, (ReadOnlyKeyValueStore<String, V> local) -> StorePages.page(local, prefix, after, limit));
    }

    /**
     * The answer of {@code query} run on this instance's partitions of {@code store}, for reads {@link #get} and
     * {@link #page} do not cover. The store can stop answering at any point of the read (a rebalance moves it, a
     * restart restores it): that is a 503 to retry, never a 500. {@code query} must return a value it has finished
     * reading (a list, a page, an optional), not an iterator or a lazy stream over the store.
     *
     * @param values the type of the store's values, as the topology wrote them (it types {@code query}'s store)
     */
    public <V, T> T read(String store, Class<V> values, Function<ReadOnlyKeyValueStore<String, V>, T> query) {
        return inLocal(store, query);
    }

    private <V, T> T inLocal(String store, Function<ReadOnlyKeyValueStore<String, V>, T> query) {
        ReadOnlyKeyValueStore<String, V> local = local(store);
        try {
            return query.apply(local);
        } catch (InvalidStateStoreException e) {
            throw new StoreUnavailableException("The store is migrating; retry in a moment.", e);
        }
    }

    // Private: a store handed out would be read outside the catch of inLocal(...), which covers the whole read.
    private <V> ReadOnlyKeyValueStore<String, V> local(String store) {
        try {
            return running(store)
                    .store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new StoreUnavailableException("The store is not ready yet; retry in a moment.", e);
        }
    }

    private KafkaStreams running(String store) {
        KafkaStreams running = streams.streamsHolding(store)
                .orElseThrow(() -> new StoreUnavailableException("The service is starting; retry in a moment."));
        if (!running.state().isRunningOrRebalancing()) {
            throw new StoreUnavailableException("The service is not processing (" + running.state() + ").");
        }
        return running;
    }
}
