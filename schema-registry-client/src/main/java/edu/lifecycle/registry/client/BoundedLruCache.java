package edu.lifecycle.registry.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A thread-safe cache that evicts its least recently used entry when full. Confluent clients before 7.0 threw "Too many
 * schema objects created" once a bound was reached; evicting instead keeps a producer that re-parses schemas alive.
 */
public final class BoundedLruCache<K, V> {

    private static final Runnable NO_LISTENER = () -> {};

    private final Map<K, V> entries;

    public BoundedLruCache(int capacity) {
        this(capacity, NO_LISTENER);
    }

    /** {@code onEviction} runs, under the cache's lock, each time an entry is dropped to make room. */
    BoundedLruCache(int capacity, Runnable onEviction) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                if (size() > capacity) {
                    onEviction.run();
                    return true;
                }
                return false;
            }
        };
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized void remove(K key) {
        entries.remove(key);
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
