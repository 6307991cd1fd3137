package edu.lifecycle.registry.server.avro;

/**
 * How hard a schema text is checked. Confluent validates new schemas (strict names, defaults that fit their type),
 * but parses schemas it already holds, and schemas it is only asked to look up, without those checks.
 */
public enum Strictness {
    /** A schema about to become a new version: referenced versions must be live. */
    NEW,
    /** A schema looked up or already stored: soft-deleted referenced versions still resolve. */
    KNOWN
}
