package edu.lifecycle.admissions.privacy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The key topic as a map, for tests: what a compacted topic would answer after compaction. */
public final class InMemoryKeyRings implements KeyRingStore {

    private final Map<String, KeyRing> rings = new HashMap<>();
    private int reads;

    @Override
    public synchronized Optional<KeyRing> read(String subject) {
        reads++;
        return Optional.ofNullable(rings.get(subject));
    }

    @Override
    public synchronized void write(String subject, KeyRing ring) {
        rings.put(subject, ring);
    }

    /** A record of the key topic as the aggregate published it: a ring, or {@code null} for a tombstone. */
    public synchronized void published(String subject, KeyRing ringOrTombstone) {
        if (ringOrTombstone == null) {
            rings.remove(subject);
        } else {
            rings.put(subject, ringOrTombstone);
        }
    }

    public synchronized int reads() {
        return reads;
    }
}
