package edu.lifecycle.admissions.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjLongConsumer;

/**
 * The key topic as a map, for tests: what a compacted topic would answer after compaction, each record's version
 * being the next offset. Listeners hear of every record at once, as if the index had read it.
 */
public final class InMemoryKeyRings implements KeyRingStore {

    private final Map<String, Versioned> rings = new HashMap<>();
    private final Map<String, Long> latest = new HashMap<>();
    private final List<ObjLongConsumer<String>> listeners = new ArrayList<>();
    private long nextOffset;
    private int reads;

    @Override
    public synchronized Optional<Versioned> read(String subject) {
        reads++;
        return Optional.ofNullable(rings.get(subject));
    }

    @Override
    public long write(String subject, KeyRing ring) {
        return record(subject, ring);
    }

    @Override
    public synchronized long latestVersion(String subject) {
        return latest.getOrDefault(subject, -1L);
    }

    @Override
    public synchronized void watch(ObjLongConsumer<String> listener) {
        listeners.add(listener);
    }

    /** A record of the key topic as the aggregate published it: a ring, or {@code null} for a tombstone. */
    public void published(String subject, KeyRing ringOrTombstone) {
        record(subject, ringOrTombstone);
    }

    /**
     * A ring written by another instance that this instance's index has not read yet: a read finds it (reads catch
     * up), listeners have not heard of it.
     */
    public synchronized long writtenElsewhereUnseen(String subject, KeyRing ring) {
        long offset = nextOffset++;
        rings.put(subject, new Versioned(ring, offset));
        return offset;
    }

    public synchronized int reads() {
        return reads;
    }

    private long record(String subject, KeyRing ringOrTombstone) {
        long offset;
        List<ObjLongConsumer<String>> toTell;
        synchronized (this) {
            offset = nextOffset++;
            if (ringOrTombstone == null) {
                rings.remove(subject);
            } else {
                rings.put(subject, new Versioned(ringOrTombstone, offset));
            }
            latest.put(subject, offset);
            toTell = List.copyOf(listeners);
        }
        // Outside the lock, as the index's own thread would.
        toTell.forEach(listener -> listener.accept(subject, offset));
        return offset;
    }
}
