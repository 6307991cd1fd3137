package edu.lifecycle.servicekit.query;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Pages through the keys of a store that share a prefix (a list view keyed e.g. {@code <cohort>|<student id>}), in
 * key order.
 *
 * <p>A store read through Streams' interactive queries on an instance with several partitions iterates one
 * partition after the other, each in key order: the iteration as a whole is not in key order, and keys of another
 * prefix may come between two runs of this one. So a page is the {@code limit} smallest keys after the cursor among
 * all that the prefix scan brings, never the first ones it meets; a page costs a scan of the prefix.
 *
 * <p>This is the kit's one cursor paging, for every list a client pages through with the previous page's
 * {@code next} ({@code ?after=&limit=}). A handler declares {@code limit} with these constants, so every such list
 * has the same bounds and the same 400 for a value out of them:
 *
 * <pre>{@code
 * @RequestParam(defaultValue = StorePages.DEFAULT_LIMIT) @Min(1) @Max(StorePages.MAX_LIMIT) int limit
 * }</pre>
 *
 * <p>and, where the keys should stay the service's own, hands out {@code next} as a
 * {@link edu.lifecycle.servicekit.web.PageCursor}. Lists paged by number ({@code ?page=&size=}) use
 * {@link PageRequest} instead.
 */
public final class StorePages {

    /** The most items a page holds. */
    public static final int MAX_LIMIT = 500;

    /** The items per page when the request names no {@code limit}, as a query parameter's default. */
    public static final String DEFAULT_LIMIT = "50";

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
        // One more than a page: whether it is there says whether there is a next page.
        TreeMap<String, V> smallest = new TreeMap<>();
        try (KeyValueIterator<String, V> entries =
                store.prefixScan(prefix, Serdes.String().serializer())) {
            while (entries.hasNext()) {
                KeyValue<String, V> entry = entries.next();
                if (!entry.key.startsWith(prefix) || (after != null && entry.key.compareTo(after) <= 0)) {
                    continue;
                }
                smallest.put(entry.key, entry.value);
                if (smallest.size() > limit + 1) {
                    smallest.pollLastEntry();
                }
            }
        }
        List<Page.Item<V>> items = new ArrayList<>();
        for (var entry : smallest.entrySet()) {
            if (items.size() == limit) {
                break;
            }
            items.add(new Page.Item<>(entry.getKey(), entry.getValue()));
        }
        String next = smallest.size() > limit ? items.get(limit - 1).key() : null;
        return new Page<>(items, next);
    }
}
