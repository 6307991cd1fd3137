package edu.lifecycle.registry.server.schemas;

import edu.lifecycle.registry.server.records.SchemaReference;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.List;

/**
 * A schema as Confluent 8.2's {@code Schema} entity shows it, fields in its order; fields left {@code null} are not
 * written, because each endpoint shows a different subset. {@code references} appears only when there are some.
 */
public record SchemaView(
        String subject,
        Integer version,
        Integer id,
        String guid,
        String schemaType,
        List<SchemaReference> references,
        String schema,
        Long ts,
        Boolean deleted) {

    /** {@code GET /subjects/{s}/versions/{v}}: everything, with when it was written and whether it is deleted. */
    public static SchemaView ofVersion(StoredSchema s) {
        return new SchemaView(
                s.subject(),
                s.version(),
                s.id(),
                s.guid(),
                s.schemaType(),
                references(s),
                s.schema(),
                s.timestamp(),
                s.deleted());
    }

    /**
     * {@code POST /subjects/{s}}: which version of the subject holds the schema. Confluent echoes the request when
     * the text is the stored one, and the stored version, {@code ts} and {@code deleted} included, when it only
     * matched an equivalent spelling.
     */
    public static SchemaView ofLookup(StoredSchema s, boolean sameText) {
        return sameText
                ? new SchemaView(
                        s.subject(),
                        s.version(),
                        s.id(),
                        s.guid(),
                        s.schemaType(),
                        references(s),
                        s.schema(),
                        null,
                        null)
                : ofVersion(s);
    }

    /** {@code GET /schemas}: Confluent's {@code ExtendedSchema}, which carries neither {@code ts} nor {@code deleted}. */
    static SchemaView ofListing(StoredSchema s) {
        return new SchemaView(
                s.subject(), s.version(), s.id(), s.guid(), s.schemaType(), references(s), s.schema(), null, null);
    }

    static List<SchemaReference> references(StoredSchema s) {
        return s.references().isEmpty() ? null : s.references();
    }
}
