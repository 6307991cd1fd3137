package edu.lifecycle.registry.server.avro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.util.internal.JacksonUtils;

/**
 * The form stored under {@code normalize=true}: like Avro's Parsing Canonical Form (full names, fixed attribute
 * order, each named type spelled out once), but keeping what matters to readers: defaults, logical types, docs,
 * aliases and custom properties (sorted). Two schemas that differ only in namespace spelling, attribute order or
 * property order normalize to the same text and so share an id.
 */
final class NormalizedForm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NormalizedForm() {}

    /**
     * @param referencedNames the full names of the types that referenced versions define: written by name only,
     *     since the schema does not own them
     */
    static String of(Schema schema, Set<String> referencedNames) {
        try {
            return JSON.writeValueAsString(write(schema, new HashSet<>(referencedNames)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a normalized schema", e);
        }
    }

    private static JsonNode write(Schema schema, Set<String> definedNames) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> writeNamed(schema, definedNames);
            case ARRAY ->
                withProps(
                        NODES.objectNode()
                                .put("type", "array")
                                .set("items", write(schema.getElementType(), definedNames)),
                        schema);
            case MAP ->
                withProps(
                        NODES.objectNode().put("type", "map").set("values", write(schema.getValueType(), definedNames)),
                        schema);
            case UNION -> {
                ArrayNode branches = NODES.arrayNode();
                schema.getTypes().forEach(branch -> branches.add(write(branch, definedNames)));
                yield branches;
            }
            default ->
                schema.getObjectProps().isEmpty()
                        ? TextNode.valueOf(schema.getType().getName())
                        : withProps(
                                NODES.objectNode().put("type", schema.getType().getName()), schema);
        };
    }

    private static JsonNode writeNamed(Schema schema, Set<String> definedNames) {
        String fullName = schema.getFullName();
        if (!definedNames.add(fullName)) {
            return TextNode.valueOf(fullName);
        }
        ObjectNode node = NODES.objectNode()
                .put("name", fullName)
                .put("type", schema.getType().getName());
        switch (schema.getType()) {
            case ENUM -> {
                ArrayNode symbols = node.putArray("symbols");
                schema.getEnumSymbols().forEach(symbols::add);
                if (schema.getEnumDefault() != null) {
                    node.put("default", schema.getEnumDefault());
                }
            }
            case FIXED -> node.put("size", schema.getFixedSize());
            default -> {
                ArrayNode fields = node.putArray("fields");
                schema.getFields().forEach(field -> fields.add(writeField(field, definedNames)));
            }
        }
        putDocAndAliases(node, schema.getDoc(), schema.getAliases());
        return withProps(node, schema);
    }

    private static JsonNode writeField(Schema.Field field, Set<String> definedNames) {
        ObjectNode node = NODES.objectNode().put("name", field.name());
        node.set("type", write(field.schema(), definedNames));
        if (field.hasDefaultValue()) {
            Object defaultValue = field.defaultVal();
            node.set(
                    "default",
                    defaultValue == JsonProperties.NULL_VALUE
                            ? NODES.nullNode()
                            : JacksonUtils.toJsonNode(defaultValue));
        }
        if (field.order() != Schema.Field.Order.ASCENDING) {
            node.put("order", field.order().name().toLowerCase(Locale.ROOT));
        }
        putDocAndAliases(node, field.doc(), field.aliases());
        return withProps(node, field);
    }

    private static void putDocAndAliases(ObjectNode node, String doc, Set<String> aliases) {
        if (doc != null && !doc.isEmpty()) {
            node.put("doc", doc);
        }
        if (!aliases.isEmpty()) {
            ArrayNode sorted = node.putArray("aliases");
            new TreeSet<>(aliases).forEach(sorted::add);
        }
    }

    private static ObjectNode withProps(ObjectNode node, JsonProperties owner) {
        Map<String, Object> sorted = new TreeMap<>(owner.getObjectProps());
        sorted.forEach((name, value) -> node.set(name, JacksonUtils.toJsonNode(value)));
        return node;
    }
}
