package edu.lifecycle.admissions.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data keys of every person, read through a bounded in-memory cache from a {@link KeyRingStore} (the compacted
 * key topic). The web side creates a person's key before anything of theirs is sealed; the aggregate destroys it on
 * erasure and drops the old one after a rectification, by publishing to the key topic in its transaction and telling
 * this cache at once.
 *
 * <p>The cache holds at most {@code capacity} people, least recently used out first, and forgets an entry after
 * {@code timeToLive}, so that a key destroyed by another instance is not used here for longer than that.
 */
public final class PersonalDataKeys {

    private final KeyRingStore store;
    private final Clock clock;
    private final Duration timeToLive;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache;

    public PersonalDataKeys(KeyRingStore store, int capacity, Duration timeToLive, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the key cache holds at least one person");
        }
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The key that seals this person's values now; created (and stored) if the person has none. */
    public synchronized DataKey current(String subject) {
        return ring(subject).map(KeyRing::newest).orElseGet(() -> {
            var ring = KeyRing.of(newKey(null));
            store.write(subject, ring);
            remember(subject, ring);
            return ring.newest();
        });
    }

    /**
     * A new key for corrected values, beside the current one until the correction is decided. A retried request (same
     * {@code requestId}) gets the key made for it the first time, so it seals the same text.
     */
    public synchronized DataKey rotate(String subject, String requestId) {
        var existing = ring(subject);
        if (requestId != null
                && existing.isPresent()
                && requestId.equals(existing.get().newest().createdFor())) {
            return existing.get().newest();
        }
        var key = newKey(requestId);
        var ring = existing.map(held -> held.with(key)).orElseGet(() -> KeyRing.of(key));
        store.write(subject, ring);
        remember(subject, ring);
        return key;
    }

    public synchronized Optional<DataKey> find(String subject, String keyId) {
        return ring(subject).flatMap(ring -> ring.find(keyId));
    }

    /**
     * The ring to publish once a correction is decided: only the newest key, the older ones destroyed. Empty when the
     * person has no ring.
     */
    public synchronized Optional<KeyRing> newestOnly(String subject) {
        var trimmed = ring(subject).map(KeyRing::newestOnly);
        trimmed.ifPresent(ring -> remember(subject, ring));
        return trimmed;
    }

    /** The person's keys were destroyed (their tombstone is being published): forget them here at once. */
    public synchronized void destroyed(String subject) {
        cache.remove(subject);
    }

    synchronized int cachedPeople() {
        return cache.size();
    }

    private Optional<KeyRing> ring(String subject) {
        var cached = cache.get(subject);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return Optional.of(cached.ring());
        }
        cache.remove(subject);
        var read = store.read(subject);
        read.ifPresent(ring -> remember(subject, ring));
        return read;
    }

    private void remember(String subject, KeyRing ring) {
        cache.put(subject, new Cached(ring, clock.instant().plus(timeToLive)));
    }

    private DataKey newKey(String requestId) {
        byte[] secret = new byte[DataKey.SECRET_BYTES];
        random.nextBytes(secret);
        byte[] id = new byte[9];
        random.nextBytes(id);
        return new DataKey(Base64.getUrlEncoder().withoutPadding().encodeToString(id), secret, requestId);
    }

    private record Cached(KeyRing ring, Instant until) {}
}
