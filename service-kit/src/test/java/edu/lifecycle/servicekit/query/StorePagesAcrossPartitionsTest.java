package edu.lifecycle.servicekit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * Pages of a store read on an instance that holds several partitions: Streams iterates one partition after the other,
 * so the keys come in runs, and another cohort's keys may come first.
 */
class StorePagesAcrossPartitionsTest {

    /** Partition 0 holds another programme year and a few students; partition 1 holds M2-ISD's. */
    private final TwoPartitions store = new TwoPartitions(
            List.of("M1-RI/2026-2027|s01", "M1-RI/2026-2027|s02", "zz-other|s09"),
            List.of("M2-ISD/2026-2027|s03", "M2-ISD/2026-2027|s04", "M2-ISD/2026-2027|s05", "M2-ISD/2026-2027|s06"));

    @Test
    void theSecondPageOfAProgrammeYearIsNotCutShortByAnotherPartitionsKeys() {
        var first = StorePages.page(store, "M2-ISD/2026-2027|", null, 2);
        var second = StorePages.page(store, "M2-ISD/2026-2027|", first.next(), 2);

        assertThat(first.items())
                .extracting(Page.Item::key)
                .containsExactly("M2-ISD/2026-2027|s03", "M2-ISD/2026-2027|s04");
        assertThat(second.items())
                .extracting(Page.Item::key)
                .containsExactly("M2-ISD/2026-2027|s05", "M2-ISD/2026-2027|s06");
        assertThat(second.next()).isNull();
    }

    @Test
    void pagesOverEverythingAreInKeyOrderWhateverThePartition() {
        var seen = new ArrayList<String>();
        String after = null;
        do {
            var page = StorePages.page(store, "", after, 3);
            page.items().forEach(item -> seen.add(item.key()));
            after = page.next();
        } while (after != null);

        assertThat(seen)
                .containsExactly(
                        "M1-RI/2026-2027|s01",
                        "M1-RI/2026-2027|s02",
                        "M2-ISD/2026-2027|s03",
                        "M2-ISD/2026-2027|s04",
                        "M2-ISD/2026-2027|s05",
                        "M2-ISD/2026-2027|s06",
                        "zz-other|s09");
    }

    /** A store as Streams shows it across two local partitions: each sorted, one after the other. */
    private static final class TwoPartitions implements ReadOnlyKeyValueStore<String, String> {

        private final List<NavigableMap<String, String>> partitions = new ArrayList<>();

        TwoPartitions(List<String> first, List<String> second) {
            for (var keys : List.of(first, second)) {
                var partition = new TreeMap<String, String>();
                keys.forEach(key -> partition.put(key, "value of " + key));
                partitions.add(partition);
            }
        }

        @Override
        public String get(String key) {
            return partitions.stream()
                    .map(partition -> partition.get(key))
                    .filter(value -> value != null)
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public KeyValueIterator<String, String> range(String from, String to) {
            return concatenated(
                    partition -> partition.subMap(from == null ? "" : from, true, to == null ? "\uffff" : to, true));
        }

        @Override
        public KeyValueIterator<String, String> all() {
            return concatenated(partition -> partition);
        }

        @Override
        public <PS extends Serializer<P>, P> KeyValueIterator<String, String> prefixScan(
                P prefix, PS prefixKeySerializer) {
            var start = String.valueOf(prefix);
            return concatenated(partition -> partition.subMap(start, true, start + "\uffff", false));
        }

        @Override
        public long approximateNumEntries() {
            return partitions.stream().mapToLong(NavigableMap::size).sum();
        }

        private KeyValueIterator<String, String> concatenated(
                java.util.function.Function<NavigableMap<String, String>, java.util.Map<String, String>> view) {
            var entries = new ArrayList<KeyValue<String, String>>();
            for (var partition : partitions) {
                view.apply(partition).forEach((key, value) -> entries.add(KeyValue.pair(key, value)));
            }
            Iterator<KeyValue<String, String>> iterator = entries.iterator();
            return new KeyValueIterator<>() {
                private KeyValue<String, String> peeked;

                @Override
                public boolean hasNext() {
                    return peeked != null || iterator.hasNext();
                }

                @Override
                public KeyValue<String, String> next() {
                    if (peeked != null) {
                        var next = peeked;
                        peeked = null;
                        return next;
                    }
                    return iterator.next();
                }

                @Override
                public String peekNextKey() {
                    if (peeked == null) {
                        peeked = iterator.next();
                    }
                    return peeked.key;
                }

                @Override
                public void close() {}
            };
        }
    }
}
