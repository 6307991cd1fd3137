package edu.lifecycle.admissions.cohort.stream;

import edu.lifecycle.servicekit.query.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Numbered pages over the keys of a store that share a prefix, in key order. Skipping to a page walks the entries
 * before it, which is fine for a programme year (a few hundred applicants at most) and keeps page numbers stable for
 * the clients the API promises them to.
 */
final class PrefixPages {

    record Slice<V>(List<V> items, boolean hasNext) {}

    private PrefixPages() {}

    static <V> Slice<V> slice(ReadOnlyKeyValueStore<String, V> store, String prefix, PageRequest request) {
        List<V> items = new ArrayList<>();
        long skipped = 0;
        try (KeyValueIterator<String, V> entries =
                store.prefixScan(prefix, Serdes.String().serializer())) {
            while (entries.hasNext()) {
                V value = entries.next().value;
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
