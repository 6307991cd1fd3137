package edu.lifecycle.servicekit.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Pages through the keys of a store that share a prefix (a list view keyed e.g. {@code <cohort>|<student id>}).
 * String keys are ordered by their UTF-8 bytes, which is the order of the store.
 */
public final class StorePages {

    public static final int MAX_LIMIT = 500;

    private StorePages() {}

    /**
     * @param prefix the keys to list start with this ({@code ""} for all)
     * @param after the {@code next} of the previous page, or {@code null} for the first page
     * @param limit at most this many items, 1 to {@value #MAX_LIMIT}
     */
    public static <V> Page<V> page(ReadOnlyKeyValueStore<String, V> store, String prefix, String after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        List<Page.Item<V>> items = new ArrayList<>();
        String next = null;
        try (KeyValueIterator<String, V> entries = after == null || after.compareTo(prefix) < 0
                ? store.prefixScan(prefix, Serdes.String().serializer())
                : store.range(after, null)) {
            while (entries.hasNext()) {
                KeyValue<String, V> entry = entries.next();
                if (!entry.key.startsWith(prefix)) {
                    break;
                }
                if (entry.key.equals(after)) {
                    continue;
                }
                if (items.size() == limit) {
                    next = items.get(limit - 1).key();
                    break;
                }
                items.add(new Page.Item<>(entry.key, entry.value));
            }
        }
        return new Page<>(items, next);
    }
}
