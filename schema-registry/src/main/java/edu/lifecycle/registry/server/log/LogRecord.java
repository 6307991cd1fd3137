package edu.lifecycle.registry.server.log;

/**
 * A raw record of the schema log.
 *
 * @param key the JSON key bytes
 * @param value the JSON value bytes, or {@code null} for a tombstone
 * @param timestamp epoch millis at which the record was appended
 */
public record LogRecord(byte[] key, byte[] value, long timestamp) {}
