package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.records.SchemaReference;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.List;

/**
 * The answer to a registration, as Confluent 8.2's {@code RegisterSchemaResponse} gives it, fields in its order
 * (older clients read only {@code id}). {@code ts} and {@code deleted} appear only when an equivalent spelling
 * found a version the subject already held: Confluent then answers with the stored version itself.
 */
record RegisteredSchema(
        int id,
        int version,
        String guid,
        String schemaType,
        List<SchemaReference> references,
        String schema,
        Long ts,
        Boolean deleted) {

    static RegisteredSchema of(StoredSchema stored, boolean sameText) {
        return new RegisteredSchema(
                stored.id(),
                stored.version(),
                stored.guid(),
                stored.schemaType(),
                stored.references().isEmpty() ? null : stored.references(),
                stored.schema(),
                sameText ? null : stored.timestamp(),
                sameText ? null : stored.deleted());
    }
}
