package edu.lifecycle.registry.server.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.lifecycle.registry.server.CompatibilityLevel;
import edu.lifecycle.registry.server.records.RegistryKey.ConfigKey;
import edu.lifecycle.registry.server.records.RegistryKey.DeleteSubjectKey;
import edu.lifecycle.registry.server.records.RegistryKey.ModeKey;
import edu.lifecycle.registry.server.records.RegistryKey.NoopKey;
import edu.lifecycle.registry.server.records.RegistryKey.OtherKey;
import edu.lifecycle.registry.server.records.RegistryKey.SchemaKey;
import edu.lifecycle.registry.server.records.RegistryValue.ConfigValue;
import edu.lifecycle.registry.server.records.RegistryValue.DeleteSubjectValue;
import edu.lifecycle.registry.server.records.RegistryValue.ModeValue;
import edu.lifecycle.registry.server.records.RegistryValue.SchemaValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Confluent's JSON for {@code _schemas} keys and values, so that this registry and Confluent's can share a topic.
 *
 * <p>The layout is fixed by Confluent's {@code SchemaRegistryKey} and value classes: key fields in the order
 * keytype, subject, version, magic, with magic 1 for SCHEMA keys and 0 otherwise; values leave out empty fields.
 * The JSON is built field by field rather than from annotated classes so that the order is explicit here.
 */
public final class RecordCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    public byte[] encodeKey(RegistryKey key) {
        ObjectNode node = JSON.createObjectNode();
        if (key instanceof SchemaKey k) {
            node.put("keytype", "SCHEMA").put("subject", k.subject()).put("version", k.version());
            node.put("magic", 1);
        } else if (key instanceof ConfigKey k) {
            keyWithOptionalSubject(node, "CONFIG", k.subject());
        } else if (key instanceof ModeKey k) {
            keyWithOptionalSubject(node, "MODE", k.subject());
        } else if (key instanceof DeleteSubjectKey k) {
            node.put("keytype", "DELETE_SUBJECT").put("subject", k.subject()).put("magic", 0);
        } else if (key instanceof NoopKey) {
            node.put("keytype", "NOOP").put("magic", 0);
        } else {
            throw new IllegalArgumentException("Cannot write the key " + key);
        }
        return bytes(node);
    }

    /** Returns {@code null} for a tombstone. */
    public byte[] encodeValue(RegistryValue value) {
        if (value == null) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode();
        if (value instanceof SchemaValue v) {
            node.put("subject", v.subject())
                    .put("version", v.version())
                    .put("id", v.id())
                    .put("schemaType", v.schemaType());
            if (!v.references().isEmpty()) {
                ArrayNode references = node.putArray("references");
                v.references()
                        .forEach(reference -> references
                                .addObject()
                                .put("name", reference.name())
                                .put("subject", reference.subject())
                                .put("version", reference.version()));
            }
            node.put("schema", v.schema()).put("deleted", v.deleted());
        } else if (value instanceof ConfigValue v) {
            putIfPresent(node, "subject", v.subject());
            if (v.normalize() != null) {
                node.put("normalize", v.normalize());
            }
            if (v.compatibilityLevel() != null) {
                node.put("compatibilityLevel", v.compatibilityLevel().name());
            }
        } else if (value instanceof ModeValue v) {
            putIfPresent(node, "subject", v.subject());
            node.put("mode", v.mode().name());
        } else if (value instanceof DeleteSubjectValue v) {
            node.put("subject", v.subject()).put("version", v.version());
        }
        return bytes(node);
    }

    public RegistryRecord decode(byte[] key, byte[] value, long timestamp) {
        RegistryKey registryKey = decodeKey(key);
        return new RegistryRecord(registryKey, decodeValue(registryKey, value), timestamp);
    }

    RegistryKey decodeKey(byte[] key) {
        JsonNode node = tree(key, "key");
        String keytype = node.path("keytype").asText("");
        String subject = node.hasNonNull("subject") ? node.get("subject").asText() : null;
        return switch (keytype) {
            case "SCHEMA" -> new SchemaKey(required(subject, "subject", keytype), requiredInt(node, "version"));
            case "CONFIG" -> new ConfigKey(subject);
            case "MODE" -> new ModeKey(subject);
            case "DELETE_SUBJECT" -> new DeleteSubjectKey(required(subject, "subject", keytype));
            case "NOOP" -> new NoopKey();
            default -> new OtherKey(keytype);
        };
    }

    RegistryValue decodeValue(RegistryKey key, byte[] value) {
        if (value == null) {
            return null;
        }
        JsonNode node = tree(value, "value");
        String subject = node.hasNonNull("subject") ? node.get("subject").asText() : null;
        if (key instanceof SchemaKey k) {
            return new SchemaValue(
                    subject != null ? subject : k.subject(),
                    node.hasNonNull("version") ? node.get("version").asInt() : k.version(),
                    requiredInt(node, "id"),
                    node.hasNonNull("schemaType") ? node.get("schemaType").asText() : "AVRO",
                    references(node.path("references")),
                    required(node.hasNonNull("schema") ? node.get("schema").asText() : null, "schema", "SCHEMA"),
                    node.path("deleted").asBoolean(false));
        }
        if (key instanceof ConfigKey k) {
            CompatibilityLevel level = null;
            if (node.hasNonNull("compatibilityLevel")) {
                level = CompatibilityLevel.forName(
                                node.get("compatibilityLevel").asText())
                        .orElseThrow(() -> malformed("unknown compatibilityLevel in " + node));
            }
            Boolean normalize =
                    node.hasNonNull("normalize") ? node.get("normalize").asBoolean() : null;
            return new ConfigValue(k.subject(), level, normalize);
        }
        if (key instanceof ModeKey k) {
            Mode mode =
                    Mode.forName(node.path("mode").asText()).orElseThrow(() -> malformed("unknown mode in " + node));
            return new ModeValue(k.subject(), mode);
        }
        if (key instanceof DeleteSubjectKey k) {
            return new DeleteSubjectValue(k.subject(), requiredInt(node, "version"));
        }
        return null;
    }

    private static List<SchemaReference> references(JsonNode array) {
        List<SchemaReference> references = new ArrayList<>();
        for (JsonNode reference : array) {
            references.add(new SchemaReference(
                    reference.path("name").asText(null),
                    reference.path("subject").asText(null),
                    reference.path("version").canConvertToInt()
                            ? reference.get("version").asInt()
                            : null));
        }
        return references;
    }

    private static void keyWithOptionalSubject(ObjectNode node, String keytype, String subject) {
        node.put("keytype", keytype);
        putIfPresent(node, "subject", subject);
        node.put("magic", 0);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + node, e);
        }
    }

    private static JsonNode tree(byte[] bytes, String what) {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw malformed("the " + what + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new MalformedRecordException("The " + what + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static String required(String value, String field, String keytype) {
        if (value == null) {
            throw malformed("a " + keytype + " record without " + field);
        }
        return value;
    }

    private static int requiredInt(JsonNode node, String field) {
        if (!node.path(field).canConvertToInt()) {
            throw malformed("no integer " + field + " in " + node);
        }
        return node.get(field).asInt();
    }

    private static MalformedRecordException malformed(String message) {
        return new MalformedRecordException(message, null);
    }
}
