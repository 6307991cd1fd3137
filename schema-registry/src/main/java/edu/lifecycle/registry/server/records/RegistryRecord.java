package edu.lifecycle.registry.server.records;

import java.util.Objects;

/**
 * One record of the schema log: a key, a value or {@code null} for a tombstone, and the time it was appended.
 *
 * @param timestamp epoch millis of the append, reported as {@code ts} by the read endpoints
 */
public record RegistryRecord(RegistryKey key, RegistryValue value, long timestamp) {

    public RegistryRecord {
        Objects.requireNonNull(key, "key");
    }

    public boolean tombstone() {
        return value == null;
    }
}
