package edu.lifecycle.servicekit.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.ThisInstance;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The stores as a controller reads them ({@link StoreQueries}) from a running instance that owns every key, with no
 * broker: a web test answers from what a {@link ServiceDriver} built, or sees a store taken away by a rebalance.
 */
public final class LocalStores {

    private LocalStores() {}

    /** Every store read from {@code stores}, by name (e.g. {@code driver::store}). */
    public static StoreQueries answeringFrom(Function<String, Object> stores, ThisInstance self) {
        var streams = owningEveryKey(self);
        when(streams.store(any(StoreQueryParameters.class)))
                .thenAnswer(asked -> stores.apply(
                        asked.<StoreQueryParameters<?>>getArgument(0).storeName()));
        return new StoreQueries(store -> Optional.of(streams), self);
    }

    /**
     * Every store handed out, but failing as it is read, the way Kafka Streams fails one that has just migrated to
     * another instance.
     */
    public static StoreQueries movingAway(ThisInstance self) {
        var streams = owningEveryKey(self);
        when(streams.store(any(StoreQueryParameters.class)))
                .thenAnswer(asked ->
                        movingAway(asked.<StoreQueryParameters<?>>getArgument(0).storeName()));
        return new StoreQueries(store -> Optional.of(streams), self);
    }

    private static KafkaStreams owningEveryKey(ThisInstance self) {
        var streams = mock(KafkaStreams.class);
        when(streams.state()).thenReturn(KafkaStreams.State.RUNNING);
        when(streams.queryMetadataForKey(anyString(), any(), any(Serializer.class)))
                .thenReturn(new KeyQueryMetadata(self.hostInfo(), Set.of(), 0));
        return streams;
    }

    private static ReadOnlyKeyValueStore<?, ?> movingAway(String store) {
        return mock(ReadOnlyKeyValueStore.class, invocation -> {
            if (invocation.getMethod().getDeclaringClass() == Object.class) {
                return "the store " + store + ", moving away";
            }
            throw new InvalidStateStoreException(
                    "The state store, " + store + ", may have migrated to another instance.");
        });
    }
}
