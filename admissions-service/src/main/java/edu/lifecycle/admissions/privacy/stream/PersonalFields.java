package edu.lifecycle.admissions.privacy.stream;

import edu.lifecycle.admissions.privacy.DataKey;
import edu.lifecycle.admissions.privacy.FieldCipher;
import edu.lifecycle.admissions.privacy.Personal;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.servicekit.json.KitJson;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals and opens the {@link Personal} components of a record as JSON, wherever they sit: top level, nested records,
 * {@code Optional}s and lists. Sealing uses the person's current key; opening finds each value's key by the id it
 * carries. A record whose personal values cannot all be opened (its key was destroyed) reads as absent, never as a
 * half-identified person; a value that is not sealed (written before sealing existed) is read as it is.
 */
public final class PersonalFields {

    private final PersonalDataKeys keys;

    public PersonalFields(PersonalDataKeys keys) {
        this.keys = keys;
    }

    /** The JSON of {@code value} with its personal values sealed for {@code subject}; {@code null} stays null. */
    public JsonNode seal(Object value, String subject) {
        JsonNode tree = KitJson.toTree(value);
        if (tree == null) {
            return null;
        }
        var sealing = new Sealing(subject);
        walk(tree, value.getClass(), sealing);
        return tree;
    }

    /**
     * A copy of {@code tree}, the JSON of a {@code type} (or of part of one: absent components are skipped), with its
     * personal values sealed for {@code subject}; {@code null} stays null.
     */
    public JsonNode seal(JsonNode tree, Class<?> type, String subject) {
        if (tree == null || tree.isNull()) {
            return tree;
        }
        JsonNode copy = tree.deepCopy();
        walk(copy, type, new Sealing(subject));
        return copy;
    }

    /**
     * The JSON with every personal value opened, or {@code null} when the top-level record cannot be read (a nested
     * record that cannot be read becomes {@code null} in its parent).
     */
    public JsonNode open(JsonNode tree, Class<?> type, String subject) {
        if (tree == null || tree.isNull()) {
            return tree;
        }
        JsonNode copy = tree.deepCopy();
        return walk(copy, type, text -> openOne(text, subject)) ? copy : null;
    }

    /** Whether the JSON holds any sealed value (it needs the person's keys to be read). */
    public static boolean holdsSealedValues(JsonNode tree) {
        if (tree == null) {
            return false;
        }
        if (tree.isString()) {
            return FieldCipher.isSealed(tree.stringValue());
        }
        for (JsonNode child : tree.values()) {
            if (holdsSealedValues(child)) {
                return true;
            }
        }
        return false;
    }

    private String openOne(String text, String subject) {
        if (!FieldCipher.isSealed(text)) {
            return text;
        }
        return keys.find(subject, FieldCipher.keyIdOf(text))
                .flatMap(key -> FieldCipher.open(key, subject, text))
                .orElse(null);
    }

    /** @return false when a personal value of this record could not be transformed (it must not be read at all) */
    private static boolean walk(JsonNode node, Type type, UnaryOperator<String> transform) {
        Class<?> raw = rawClass(type);
        if (node == null || node.isNull()) {
            return true;
        }
        if (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
            Type element = firstTypeArgument(type);
            if (node instanceof ArrayNode array) {
                for (int index = 0; index < array.size(); index++) {
                    if (!walk(array.get(index), element, transform)) {
                        array.set(index, NullNode.getInstance());
                    }
                }
                return true;
            }
            return walk(node, element, transform);
        }
        if (!raw.isRecord() || !(node instanceof ObjectNode object)) {
            return true;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            JsonNode child = object.get(component.getName());
            if (child == null || child.isNull()) {
                continue;
            }
            if (component.isAnnotationPresent(Personal.class)) {
                if (child.isString()) {
                    String changed = transform.apply(child.stringValue());
                    if (changed == null) {
                        return false;
                    }
                    object.put(component.getName(), changed);
                }
            } else if (!walk(child, component.getGenericType(), transform)) {
                object.set(component.getName(), NullNode.getInstance());
            }
        }
        return true;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static Type firstTypeArgument(Type type) {
        return type instanceof ParameterizedType parameterized
                ? parameterized.getActualTypeArguments()[0]
                : Object.class;
    }

    /** Seals with the person's current key, fetched (or created) only when there is something to seal. */
    private final class Sealing implements UnaryOperator<String> {

        private final String subject;
        private DataKey key;

        Sealing(String subject) {
            this.subject = subject;
        }

        @Override
        public String apply(String text) {
            if (FieldCipher.isSealed(text)) {
                return text;
            }
            if (key == null) {
                key = keys.current(subject);
            }
            return FieldCipher.seal(key, subject, text);
        }
    }
}
