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
 * <p>The cache holds at most {@code capacity} people, least recently used out first. A ring changed or destroyed by
 * another instance is dropped from it as soon as the store hears of the change, and every entry is forgotten after
 * {@code timeToLive} whatever it hears, so a key destroyed elsewhere is never used here for longer than that.
 *
 * <p>Many threads use the keys at once (requests sealing values, stream threads opening them): only the steps that
 * read and then write one person's ring are serialised, per person, so one slow person never holds up the others.
 */
public final class PersonalDataKeys {

    private static final int LOCK_STRIPES = 64;

    private final KeyRingStore store;
    private final Clock clock;
    private final Duration timeToLive;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache;
    private final Object[] personLocks = new Object[LOCK_STRIPES];

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
        for (int stripe = 0; stripe < LOCK_STRIPES; stripe++) {
            personLocks[stripe] = new Object();
        }
        store.watch(this::changed);
    }

    /** The key that seals this person's values now; created (and stored) if the person has none. */
    public DataKey current(String subject) {
        var cached = cached(subject);
        if (cached.isPresent()) {
            return cached.get().ring().newest();
        }
        synchronized (lockOf(subject)) {
            return ring(subject).map(held -> held.ring().newest()).orElseGet(() -> {
                var ring = KeyRing.of(newKey(null));
                remember(subject, new KeyRingStore.Versioned(ring, store.write(subject, ring)));
                return ring.newest();
            });
        }
    }

    /**
     * A new key for corrected values, beside the current one until the correction is decided. A retried request (same
     * {@code requestId}) gets the key made for it the first time, so it seals the same text.
     */
    public DataKey rotate(String subject, String requestId) {
        synchronized (lockOf(subject)) {
            var existing = ring(subject).map(KeyRingStore.Versioned::ring);
            if (requestId != null
                    && existing.isPresent()
                    && requestId.equals(existing.get().newest().createdFor())) {
                return existing.get().newest();
            }
            var key = newKey(requestId);
            var ring = existing.map(held -> held.with(key)).orElseGet(() -> KeyRing.of(key));
            remember(subject, new KeyRingStore.Versioned(ring, store.write(subject, ring)));
            return key;
        }
    }

    /**
     * The key a sealed value names. A key this instance does not hold yet (made a moment ago by another instance) is
     * looked for in the store before the answer is no.
     */
    public Optional<DataKey> find(String subject, String keyId) {
        var cached = cached(subject);
        var fromCache = cached.flatMap(held -> held.ring().find(keyId));
        if (fromCache.isPresent()) {
            return fromCache;
        }
        synchronized (lockOf(subject)) {
            var read = store.read(subject);
            if (read.isEmpty()) {
                forget(subject);
                return Optional.empty();
            }
            if (cached.isPresent() && read.get().version() <= cached.get().version()) {
                // Nothing newer than what is held here: a key trimmed here stays gone while its trim is published.
                return Optional.empty();
            }
            remember(subject, read.get());
            return read.get().ring().find(keyId);
        }
    }

    /**
     * The ring to publish once a correction is decided: only the newest key, the older ones destroyed. Empty when the
     * person has no ring.
     */
    public Optional<KeyRing> newestOnly(String subject) {
        synchronized (lockOf(subject)) {
            var held = ring(subject);
            // Kept under the version it trims: the trimmed ring, once published, is newer and replaces it.
            held.ifPresent(ring ->
                    remember(subject, new KeyRingStore.Versioned(ring.ring().newestOnly(), ring.version())));
            return held.map(ring -> ring.ring().newestOnly());
        }
    }

    /** The person's keys were destroyed (their tombstone is being published): forget them here at once. */
    public void destroyed(String subject) {
        forget(subject);
    }

    int cachedPeople() {
        synchronized (cache) {
            return cache.size();
        }
    }

    /** A ring or tombstone of {@code version} reached the store: a cached older ring is out of date. */
    private void changed(String subject, long version) {
        synchronized (cache) {
            var cached = cache.get(subject);
            if (cached != null && cached.held().version() < version) {
                cache.remove(subject);
            }
        }
    }

    private Optional<KeyRingStore.Versioned> cached(String subject) {
        synchronized (cache) {
            var cached = cache.get(subject);
            if (cached == null) {
                return Optional.empty();
            }
            if (!cached.until().isAfter(clock.instant())) {
                cache.remove(subject);
                return Optional.empty();
            }
            return Optional.of(cached.held());
        }
    }

    private Optional<KeyRingStore.Versioned> ring(String subject) {
        var cached = cached(subject);
        if (cached.isPresent()) {
            return cached;
        }
        var read = store.read(subject);
        read.ifPresent(held -> remember(subject, held));
        return read;
    }

    /**
     * Caches a ring unless the store heard of a newer one while it was being read: the change's notice may have come
     * before the ring reached the cache, and a destroyed key must not stay here until the time to live runs out.
     */
    private void remember(String subject, KeyRingStore.Versioned held) {
        synchronized (cache) {
            if (store.latestVersion(subject) <= held.version()) {
                cache.put(subject, new Cached(held, clock.instant().plus(timeToLive)));
            } else {
                cache.remove(subject);
            }
        }
    }

    private void forget(String subject) {
        synchronized (cache) {
            cache.remove(subject);
        }
    }

    private Object lockOf(String subject) {
        return personLocks[Math.floorMod(subject.hashCode(), LOCK_STRIPES)];
    }

    private DataKey newKey(String requestId) {
        byte[] secret = new byte[DataKey.SECRET_BYTES];
        random.nextBytes(secret);
        byte[] id = new byte[9];
        random.nextBytes(id);
        return new DataKey(Base64.getUrlEncoder().withoutPadding().encodeToString(id), secret, requestId);
    }

    private record Cached(KeyRingStore.Versioned held, Instant until) {}
}
