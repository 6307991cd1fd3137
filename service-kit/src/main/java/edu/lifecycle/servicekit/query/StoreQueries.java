package edu.lifecycle.servicekit.query;

import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the service's key-value stores: who owns a key, and the local store itself. Every "not now" (not started,
 * rebalancing, store migrating) becomes a {@link StoreUnavailableException}.
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
        ReadOnlyKeyValueStore<String, V> local = local(store);
        try {
            return Optional.ofNullable(local.get(key));
        } catch (InvalidStateStoreException e) {
            throw new StoreUnavailableException("The store is migrating; retry in a moment.", e);
        }
    }

    /** One page of this instance's entries of {@code store} whose keys start with {@code prefix}. */
    public <V> Page<V> page(String store, String prefix, String after, int limit) {
        try {
            return StorePages.<V>page(local(store), prefix, after, limit);
        } catch (InvalidStateStoreException e) {
            throw new StoreUnavailableException("The store is migrating; retry in a moment.", e);
        }
    }

    /** This instance's partitions of {@code store}, for reads the other methods do not cover. */
    public <V> ReadOnlyKeyValueStore<String, V> local(String store) {
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
