package edu.lifecycle.registry.server.subjects;

import com.fasterxml.jackson.databind.JsonNode;
import edu.lifecycle.registry.server.avro.AvroSchemas;
import edu.lifecycle.registry.server.avro.InvalidSchemaException;
import edu.lifecycle.registry.server.avro.ResolvedSchema;
import edu.lifecycle.registry.server.avro.SchemaResolver;
import edu.lifecycle.registry.server.avro.Strictness;
import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.http.Request;
import edu.lifecycle.registry.server.records.SchemaReference;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The body of register, lookup and compatibility requests ({@code RegisterSchemaRequest}). Fields this registry
 * does not use (metadata, ruleSet, schema tags, ...) are ignored, as Confluent's clients expect.
 *
 * @param schemaType {@code null} means AVRO
 * @param references the versions of other subjects whose named types the schema uses
 * @param id an explicit id, only allowed in IMPORT mode
 * @param version an explicit version, honoured in IMPORT mode
 */
record SchemaRequest(String schemaType, String schema, List<SchemaReference> references, Integer id, Integer version) {

    private static final String AVRO = "AVRO";

    static SchemaRequest from(Request request) {
        JsonNode body = request.jsonObject();
        JsonNode schema = body.get("schema");
        return new SchemaRequest(
                body.hasNonNull("schemaType") ? body.get("schemaType").asText() : null,
                schema == null || schema.isNull() ? null : schema.isTextual() ? schema.asText() : schema.toString(),
                references(body.path("references").isArray() ? body.get("references") : null),
                // Confluent's clients send -1 for "no id" and 0 for "no version".
                optionalInt(body, "id", 0),
                optionalInt(body, "version", 1));
    }

    /** Confluent fills a register request without a schema from the subject's latest version. */
    boolean hasSchema() {
        return schema != null && !schema.isBlank();
    }

    /**
     * Parses the schema with the versions it references; every way it can be unusable is a 42201, worded as
     * Confluent words it.
     *
     * @param subject the subject the request is for, which Confluent prints in the message
     * @param normalize whether the normalized form is the one stored and matched
     */
    Candidate parse(
            SchemaResolver resolver, AvroSchemas avro, String subject, boolean normalize, Strictness strictness) {
        if (!hasSchema()) {
            throw Errors.invalidSchema("Empty schema");
        }
        if (schemaType != null && !AVRO.equals(schemaType)) {
            throw Errors.invalidSchema("Invalid schema type " + schemaType);
        }
        ResolvedSchema resolved;
        try {
            resolved = resolver.resolve(schema, references, strictness);
        } catch (InvalidSchemaException e) {
            throw Errors.invalidSchema(invalidSchemaMessage(subject, e.getMessage()));
        }
        List<SchemaReference> stored = normalize
                ? resolved.references().stream()
                        .sorted(SchemaReference.BY_SUBJECT_AND_VERSION)
                        .distinct()
                        .toList()
                : resolved.references();
        return new Candidate(resolved.avro(), avro.storedForm(resolved, normalize), stored);
    }

    /**
     * Confluent's message quotes the request as its {@code Schema} entity prints, inside the Avro provider's own
     * wrapping; clients and people match on it.
     */
    private String invalidSchemaMessage(String subject, String reason) {
        String refs = references.stream().map(SchemaReference::describe).collect(Collectors.joining(", ", "[", "]"));
        return "Invalid schema of type AVRO, details: Invalid schema {subject=" + subject
                + ",version=null,id=null,schemaType=AVRO,references=" + refs
                + ",metadata=null,ruleSet=null,schema=" + schema
                + ",schemaTags=null,ts=null,deleted=null} with refs " + refs + " of type AVRO, details: " + reason;
    }

    private static List<SchemaReference> references(JsonNode array) {
        List<SchemaReference> references = new ArrayList<>();
        if (array == null) {
            return references;
        }
        for (JsonNode reference : array) {
            references.add(new SchemaReference(
                    reference.hasNonNull("name") ? reference.get("name").asText() : null,
                    reference.hasNonNull("subject") ? reference.get("subject").asText() : null,
                    reference.path("version").canConvertToInt()
                            ? reference.get("version").asInt()
                            : null));
        }
        return references;
    }

    private static Integer optionalInt(JsonNode body, String field, int minimum) {
        JsonNode node = body.get(field);
        return node != null && node.canConvertToInt() && node.asInt() >= minimum ? node.asInt() : null;
    }
}
