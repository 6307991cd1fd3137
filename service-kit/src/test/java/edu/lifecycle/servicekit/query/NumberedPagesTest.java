package edu.lifecycle.servicekit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;

/** Numbered pages over a prefix of a store: page by page, whether one follows, and a scan stopped by a condition. */
class NumberedPagesTest {

    private static final String ISD = "M2-ISD/2026-2027|";

    private final OnePartition store = new OnePartition();

    NumberedPagesTest() {
        store.put("M1-RI/2026-2027|s00", 0);
        for (int i = 1; i <= 5; i++) {
            store.put(ISD + "s0" + i, i);
        }
        store.put("zz-other|s09", 9);
    }

    @Test
    void pagesWalkThePrefixInOrderAndSayWhetherOneFollows() {
        var first = NumberedPages.slice(store, ISD, new PageRequest(0, 2));
        var second = NumberedPages.slice(store, ISD, new PageRequest(1, 2));
        var last = NumberedPages.slice(store, ISD, new PageRequest(2, 2));
        var beyond = NumberedPages.slice(store, ISD, new PageRequest(3, 2));

        assertThat(first.items()).containsExactly(1, 2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).containsExactly(3, 4);
        assertThat(second.hasNext()).isTrue();
        assertThat(last.items()).containsExactly(5);
        assertThat(last.hasNext()).isFalse();
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.hasNext()).isFalse();
    }

    @Test
    void aPageThatExactlyEndsTheListHasNoNext() {
        var whole = NumberedPages.slice(store, ISD, new PageRequest(0, 5));

        assertThat(whole.items()).containsExactly(1, 2, 3, 4, 5);
        assertThat(whole.hasNext()).isFalse();
    }

    @Test
    void theScanStopsAtTheFirstValueNotListed() {
        var first = NumberedPages.slice(store, ISD, new PageRequest(0, 2), value -> value < 4);
        var second = NumberedPages.slice(store, ISD, new PageRequest(1, 2), value -> value < 4);

        assertThat(first.items()).containsExactly(1, 2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).containsExactly(3);
        assertThat(second.hasNext()).isFalse();
    }

    /** A store of one partition, sorted by key, as far as a prefix scan reads it. */
    private static final class OnePartition implements ReadOnlyKeyValueStore<String, Integer> {

        private final TreeMap<String, Integer> entries = new TreeMap<>();

        void put(String key, int value) {
            entries.put(key, value);
        }

        @Override
        public Integer get(String key) {
            return entries.get(key);
        }

        @Override
        public KeyValueIterator<String, Integer> range(String from, String to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public KeyValueIterator<String, Integer> all() {
            throw new UnsupportedOperationException();
        }

        @Override
        public <PS extends Serializer<P>, P> KeyValueIterator<String, Integer> prefixScan(
                P prefix, PS prefixKeySerializer) {
            var start = String.valueOf(prefix);
            var scanned = new ArrayList<KeyValue<String, Integer>>();
            entries.subMap(start, true, start + "\uffff", false)
                    .forEach((key, value) -> scanned.add(KeyValue.pair(key, value)));
            Iterator<KeyValue<String, Integer>> iterator = scanned.iterator();
            return new KeyValueIterator<>() {
                @Override
                public boolean hasNext() {
                    return iterator.hasNext();
                }

                @Override
                public KeyValue<String, Integer> next() {
                    return iterator.next();
                }

                @Override
                public String peekNextKey() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public long approximateNumEntries() {
            return entries.size();
        }
    }
}
