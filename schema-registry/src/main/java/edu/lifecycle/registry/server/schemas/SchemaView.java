package edu.lifecycle.registry.server.schemas;

import edu.lifecycle.registry.server.store.StoredSchema;

/**
 * A schema as Confluent 8.2's {@code Schema} entity shows it; fields left {@code null} are not written, because
 * each endpoint shows a different subset.
 */
public record SchemaView(
        String subject,
        Integer version,
        Integer id,
        String guid,
        String schemaType,
        String schema,
        Long ts,
        Boolean deleted,
        Integer maxId) {

    /** {@code GET /subjects/{s}/versions/{v}} and {@code GET /schemas}. */
    public static SchemaView ofVersion(StoredSchema s) {
        return new SchemaView(
                s.subject(),
                s.version(),
                s.id(),
                s.guid(),
                s.schemaType(),
                s.schema(),
                s.timestamp(),
                s.deleted(),
                null);
    }

    /** {@code POST /subjects/{s}}: which version of the subject holds the schema. */
    public static SchemaView ofLookup(StoredSchema s) {
        return new SchemaView(s.subject(), s.version(), s.id(), s.guid(), s.schemaType(), s.schema(), null, null, null);
    }

    /** {@code GET /schemas/ids/{id}}: the caller knows the id; {@code maxId} only when asked for. */
    static SchemaView ofId(StoredSchema s, Integer maxId) {
        return new SchemaView(
                s.subject(),
                s.version(),
                null,
                s.guid(),
                s.schemaType(),
                s.schema(),
                s.timestamp(),
                s.deleted(),
                maxId);
    }

    /** {@code GET /schemas/guids/{guid}}: the caller knows the guid and learns the id. */
    static SchemaView ofGuid(StoredSchema s) {
        return new SchemaView(null, null, s.id(), s.guid(), s.schemaType(), s.schema(), null, null, null);
    }
}
