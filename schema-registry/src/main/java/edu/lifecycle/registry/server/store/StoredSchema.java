package edu.lifecycle.registry.server.store;

import edu.lifecycle.registry.server.records.SchemaReference;
import java.util.List;

/**
 * One version of one subject, as the log last described it.
 *
 * @param references the versions of other subjects whose named types the schema uses; empty for most schemas
 * @param guid the content-derived id of the schema text and its references, the same for every subject and id
 *     that holds them
 * @param deleted whether the version is soft-deleted: hidden from subject listings, still resolvable by id
 * @param timestamp epoch millis of the record that last changed this version
 */
public record StoredSchema(
        String subject,
        int version,
        int id,
        String schemaType,
        String schema,
        List<SchemaReference> references,
        String guid,
        boolean deleted,
        long timestamp) {

    public StoredSchema {
        references = List.copyOf(references);
    }

    public StoredSchema asDeleted(long when) {
        return new StoredSchema(subject, version, id, schemaType, schema, references, guid, true, when);
    }
}
