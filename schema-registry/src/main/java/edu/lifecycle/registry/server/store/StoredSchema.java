package edu.lifecycle.registry.server.store;

/**
 * One version of one subject, as the log last described it.
 *
 * @param guid the content-derived id of the schema text, the same for every subject and id that holds it
 * @param deleted whether the version is soft-deleted: hidden from subject listings, still resolvable by id
 * @param timestamp epoch millis of the record that last changed this version
 */
public record StoredSchema(
        String subject,
        int version,
        int id,
        String schemaType,
        String schema,
        String guid,
        boolean deleted,
        long timestamp) {}
