package edu.lifecycle.registry.server.avro;

import edu.lifecycle.registry.server.records.SchemaReference;
import edu.lifecycle.registry.server.store.SchemaStore;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Parses schemas together with the versions they reference, fetched from the store.
 *
 * <p>A reference names a type ({@code name}) and the subject version that defines it. Referenced versions may have
 * references of their own; all are fetched depth-first and parsed before the schema, each name once, so that the
 * schema can use their types by name.
 */
public final class SchemaResolver {

    /** Stored schemas are parsed again for every compatibility check; keep the parses of the busiest ones. */
    private static final int STORED_CACHE_LIMIT = 1_000;

    private final SchemaStore store;
    private final AvroSchemas avro;
    private final Map<String, Schema> storedSchemas = new ConcurrentHashMap<>();

    public SchemaResolver(SchemaStore store, AvroSchemas avro) {
        this.store = store;
        this.avro = avro;
    }

    /**
     * Parses schema text sent by a client.
     *
     * @throws InvalidSchemaException when a reference is incomplete or names no version, or the text is no schema
     */
    public ResolvedSchema resolve(String text, List<SchemaReference> references, Strictness strictness) {
        Map<String, String> referencedTexts = new LinkedHashMap<>();
        List<SchemaReference> resolved = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (SchemaReference reference : references) {
            StoredSchema target = fetch(reference, strictness);
            resolved.add(reference.withVersion(target.version()));
            collect(reference.name(), target, strictness, referencedTexts, visited);
        }
        AvroSchemas.ParsedTexts parsed = avro.parse(text, List.copyOf(referencedTexts.values()), strictness);
        return new ResolvedSchema(parsed.schema(), parsed.referenced(), resolved);
    }

    /** Parses a version the registry stored itself, with whatever it references. */
    public Schema parseStored(StoredSchema stored) {
        Schema cached = storedSchemas.get(stored.guid());
        if (cached != null) {
            return cached;
        }
        Schema parsed =
                resolve(stored.schema(), stored.references(), Strictness.KNOWN).avro();
        if (storedSchemas.size() >= STORED_CACHE_LIMIT) {
            storedSchemas.clear();
        }
        storedSchemas.put(stored.guid(), parsed);
        return parsed;
    }

    /** Dependencies first, so that each text only uses names already parsed. */
    private void collect(
            String name,
            StoredSchema target,
            Strictness strictness,
            Map<String, String> referencedTexts,
            Set<String> visited) {
        if (!visited.add(name) || referencedTexts.containsKey(name)) {
            return;
        }
        for (SchemaReference nested : target.references()) {
            collect(nested.name(), fetch(nested, strictness), strictness, referencedTexts, visited);
        }
        referencedTexts.put(name, target.schema());
    }

    private StoredSchema fetch(SchemaReference reference, Strictness strictness) {
        if (reference.name() == null || reference.subject() == null || reference.version() == null) {
            throw new InvalidSchemaException("Invalid reference: " + reference.describe(), null);
        }
        return find(reference.subject(), reference.version(), strictness == Strictness.KNOWN)
                .orElseThrow(() -> new InvalidSchemaException(
                        "No schema reference found for subject \"" + reference.subject() + "\" and version "
                                + reference.version(),
                        null));
    }

    /** A new schema may only reference live versions; one already known keeps resolving after a soft delete. */
    private Optional<StoredSchema> find(String subject, int version, boolean includeDeleted) {
        List<StoredSchema> versions = store.versions(subject);
        if (version == SchemaReference.LATEST) {
            return versions.stream().filter(v -> !v.deleted()).reduce((older, newer) -> newer);
        }
        return versions.stream()
                .filter(v -> v.version() == version && (includeDeleted || !v.deleted()))
                .findFirst();
    }
}
