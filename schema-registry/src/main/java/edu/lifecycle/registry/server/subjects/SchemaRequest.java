package edu.lifecycle.registry.server.subjects;

import com.fasterxml.jackson.databind.JsonNode;
import edu.lifecycle.registry.server.avro.AvroSchemas;
import edu.lifecycle.registry.server.avro.InvalidSchemaException;
import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.http.Request;
import org.apache.avro.Schema;

/**
 * The body of register, lookup and compatibility requests ({@code RegisterSchemaRequest}). Fields this registry
 * does not use (metadata, ruleSet, schema tags, ...) are ignored, as Confluent's clients expect.
 *
 * @param schemaType {@code null} means AVRO
 * @param id an explicit id, only allowed in IMPORT mode
 * @param version an explicit version, honoured in IMPORT mode
 */
record SchemaRequest(String schemaType, String schema, Integer id, Integer version, boolean hasReferences) {

    private static final String AVRO = "AVRO";

    static SchemaRequest from(Request request) {
        JsonNode body = request.jsonObject();
        JsonNode schema = body.get("schema");
        return new SchemaRequest(
                body.hasNonNull("schemaType") ? body.get("schemaType").asText() : null,
                schema == null || schema.isNull() ? null : schema.isTextual() ? schema.asText() : schema.toString(),
                // Confluent's clients send -1 for "no id" and 0 for "no version".
                optionalInt(body, "id", 0),
                optionalInt(body, "version", 1),
                body.path("references").isArray() && !body.get("references").isEmpty());
    }

    /** Parses the schema; every way it can be unusable is a 42201, in the order Confluent checks them. */
    Candidate parse(AvroSchemas avro, boolean normalize) {
        if (schema == null || schema.isBlank()) {
            throw Errors.invalidSchema("Empty schema");
        }
        if (schemaType != null && !AVRO.equals(schemaType)) {
            throw Errors.invalidSchema("Invalid schema type " + schemaType);
        }
        if (hasReferences) {
            throw Errors.invalidSchema(
                    "Invalid schema of type AVRO, details: schema references are not supported by this registry");
        }
        Schema parsed;
        try {
            parsed = avro.parse(schema);
        } catch (InvalidSchemaException e) {
            throw Errors.invalidSchema("Invalid schema of type AVRO, details: " + e.getMessage());
        }
        return new Candidate(parsed, avro.storedForm(parsed, normalize));
    }

    private static Integer optionalInt(JsonNode body, String field, int minimum) {
        JsonNode node = body.get(field);
        return node != null && node.canConvertToInt() && node.asInt() >= minimum ? node.asInt() : null;
    }
}
