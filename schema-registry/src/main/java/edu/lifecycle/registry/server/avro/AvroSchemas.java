package edu.lifecycle.registry.server.avro;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Turns schema text into Avro schemas and into the strings the registry stores and compares.
 *
 * <p>The stored form is {@link Schema#toString()} of the parsed schema, as Confluent's {@code AvroSchema
 * .canonicalString()}: whitespace and attribute order collapse, so equal schemas get equal text, and equal text
 * means the same id. With {@code normalize} the {@linkplain NormalizedForm normalized form} is stored instead.
 */
public final class AvroSchemas {

    /** Stored schemas are parsed again for every compatibility check; keep the parses of the busiest ones. */
    private static final int STORED_CACHE_LIMIT = 1_000;

    private final Map<String, Schema> storedSchemas = new ConcurrentHashMap<>();

    /** Parses text sent by a client. */
    public Schema parse(String text) {
        try {
            // A parser remembers the names it has seen, so each schema gets its own.
            return new Schema.Parser().parse(text);
        } catch (RuntimeException e) {
            throw new InvalidSchemaException(e.getMessage(), e);
        }
    }

    /** The text under which the schema is stored, looked up and given an id. */
    public String storedForm(Schema schema, boolean normalize) {
        return normalize ? NormalizedForm.of(schema) : schema.toString();
    }

    /** Parses a schema the registry stored itself, which therefore parsed once already. */
    public Schema parseStored(String text) {
        Schema cached = storedSchemas.get(text);
        if (cached != null) {
            return cached;
        }
        Schema parsed = parse(text);
        if (storedSchemas.size() >= STORED_CACHE_LIMIT) {
            storedSchemas.clear();
        }
        storedSchemas.put(text, parsed);
        return parsed;
    }
}
