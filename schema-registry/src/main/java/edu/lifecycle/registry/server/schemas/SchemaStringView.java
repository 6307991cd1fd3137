package edu.lifecycle.registry.server.schemas;

import edu.lifecycle.registry.server.records.SchemaReference;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.List;

/**
 * A schema looked up by id or guid, as Confluent 8.2's {@code SchemaString} shows it, fields in its order. It never
 * carries the id (the caller knows it); {@code subject} and {@code version} only when the caller named a subject.
 */
record SchemaStringView(
        String subject,
        Integer version,
        String guid,
        String schemaType,
        String schema,
        List<SchemaReference> references,
        Integer maxId,
        Long ts,
        Boolean deleted) {

    /** {@code GET /schemas/ids/{id}}: the holder is echoed only for a {@code subject} parameter. */
    static SchemaStringView ofId(StoredSchema s, boolean withHolder, Integer maxId) {
        return new SchemaStringView(
                withHolder ? s.subject() : null,
                withHolder ? s.version() : null,
                s.guid(),
                s.schemaType(),
                s.schema(),
                SchemaView.references(s),
                maxId,
                s.timestamp(),
                s.deleted());
    }

    /** {@code GET /schemas/guids/{guid}}: the schema alone, with no holder and no id. */
    static SchemaStringView ofGuid(StoredSchema s) {
        return ofId(s, false, null);
    }
}
