package edu.lifecycle.admissions.privacy;

import java.util.Optional;
import java.util.function.ObjLongConsumer;

/**
 * Where key rings are kept, by person: the compacted key topic in the service, a map in tests. Every ring written has
 * a version, increasing per person, so a copy held in memory can tell whether a change it hears of is newer than it.
 */
public interface KeyRingStore {

    /** The person's ring as last written anywhere before the call; empty when there is none or it was destroyed. */
    Optional<Versioned> read(String subject);

    /** Writes the ring, durably, before returning its version. */
    long write(String subject, KeyRing ring);

    /**
     * The version of the last ring or tombstone of the person this store has heard of, at once and without asking
     * anyone; {@code -1} when it has heard of none.
     */
    long latestVersion(String subject);

    /**
     * Calls {@code listener} with the person and the version of every ring or tombstone the store learns of, whoever
     * wrote it, on a thread of the store's own: how a copy in memory hears that another instance changed a ring.
     */
    void watch(ObjLongConsumer<String> listener);

    /** A ring and the version it was written as. */
    record Versioned(KeyRing ring, long version) {}
}
