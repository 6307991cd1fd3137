package edu.lifecycle.servicekit.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Numbered pages ({@link PageRequest}) over the keys of a store that share a prefix, in the order the prefix scan
 * brings them. Skipping to a page walks the entries before it, which is fine for a programme year (a few hundred
 * students at most) and keeps page numbers stable for the clients the API promises them to. Lists paged by cursor use
 * {@link StorePages}.
 */
public final class NumberedPages {

    /**
     * One page of values.
     *
     * @param items the page's values, at most the request's size
     * @param hasNext whether a value follows the page
     */
    public record Slice<V>(List<V> items, boolean hasNext) {}

    private NumberedPages() {}

    /** The requested page of the values whose keys start with {@code prefix}. */
    public static <V> Slice<V> slice(ReadOnlyKeyValueStore<String, V> store, String prefix, PageRequest request) {
        return slice(store, prefix, request, value -> true);
    }

    /**
     * The requested page of the values whose keys start with {@code prefix}, up to the first that is not
     * {@code listed}: a store keyed in the order of what it lists (e.g. by a date) stops its scan there, and what
     * comes after is not listed either.
     */
    public static <V> Slice<V> slice(
            ReadOnlyKeyValueStore<String, V> store, String prefix, PageRequest request, Predicate<? super V> listed) {
        List<V> items = new ArrayList<>();
        long skipped = 0;
        try (KeyValueIterator<String, V> entries =
                store.prefixScan(prefix, Serdes.String().serializer())) {
            while (entries.hasNext()) {
                V value = entries.next().value;
                if (!listed.test(value)) {
                    break;
                }
                if (skipped < request.offset()) {
                    skipped++;
                } else if (items.size() < request.size()) {
                    items.add(value);
                } else {
                    return new Slice<>(items, true);
                }
            }
        }
        return new Slice<>(items, false);
    }
}
