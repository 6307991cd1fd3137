package edu.lifecycle.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedLruCacheTest {

    @Test
    void evictsTheLeastRecentlyUsedEntryInsteadOfFailing() {
        BoundedLruCache<String, Integer> cache = new BoundedLruCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");

        cache.put("c", 3);

        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("c")).isEqualTo(3);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void keepsWorkingFarBeyondItsCapacity() {
        BoundedLruCache<Integer, Integer> cache = new BoundedLruCache<>(1000);

        for (int i = 0; i < 100_000; i++) {
            cache.put(i, i);
        }

        assertThat(cache.size()).isEqualTo(1000);
        assertThat(cache.get(99_999)).isEqualTo(99_999);
    }
}
