package edu.lifecycle.registry.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A bounded cache whose entries expire after a time to live: a zero TTL disables it, a negative TTL keeps entries until
 * they are evicted. Used for "not found" answers and for latest versions, which may change on the server.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant expiresAt) {}

    private final BoundedLruCache<K, Entry<V>> entries;
    private final Duration ttl;
    private final Clock clock;

    ExpiringCache(int capacity, Duration ttl, Clock clock) {
        this.entries = new BoundedLruCache<>(capacity);
        this.ttl = ttl;
        this.clock = clock;
    }

    V get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.expiresAt() != null && !clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key);
            return null;
        }
        return entry.value();
    }

    boolean contains(K key) {
        return get(key) != null;
    }

    void put(K key, V value) {
        if (ttl.isZero()) {
            return;
        }
        Instant expiresAt = ttl.isNegative() ? null : clock.instant().plus(ttl);
        entries.put(key, new Entry<>(value, expiresAt));
    }

    void remove(K key) {
        entries.remove(key);
    }

    void clear() {
        entries.clear();
    }
}
