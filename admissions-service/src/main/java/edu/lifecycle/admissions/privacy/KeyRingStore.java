package edu.lifecycle.admissions.privacy;

import java.util.Optional;

/** Where key rings are kept, by person: the compacted key topic in the service, a map in tests. */
public interface KeyRingStore {

    /** The person's ring as last written; empty when there is none or it was destroyed. */
    Optional<KeyRing> read(String subject);

    /** Writes the ring, durably, before returning. */
    void write(String subject, KeyRing ring);
}
