package edu.lifecycle.admissions.privacy.stream;

import edu.lifecycle.admissions.privacy.DataKey;
import edu.lifecycle.admissions.privacy.FieldCipher;
import edu.lifecycle.admissions.privacy.Personal;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.servicekit.json.KitJson;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals and opens the {@link Personal} components of a record, as JSON or as the record itself, wherever they sit: top
 * level, nested records, {@code Optional}s and lists. Sealing uses the person's current key; opening finds each value's key by the id it
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

    /**
     * The record with its personal values sealed for {@code subject}, the same values as {@link #seal} writes in JSON
     * ({@code null} stays null): what a store holds in binary (ADR 16).
     */
    public <T> T sealed(T record, String subject) {
        return record == null ? null : rebuilt(record, new Sealing(subject));
    }

    /**
     * The record with every personal value opened, or {@code null} when the record itself cannot be read (a nested
     * record that cannot be read is absent from its parent), as {@link #open} does for JSON.
     */
    public <T> T opened(T record, String subject) {
        return record == null ? null : rebuilt(record, text -> openOne(text, subject));
    }

    @SuppressWarnings("unchecked")
    private static <T> T rebuilt(T record, UnaryOperator<String> transform) {
        var walked = walk(record, record.getClass(), transform);
        return walked == UNREADABLE ? null : (T) walked;
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

    /** What a record whose personal value could not be transformed becomes: absent from its parent. */
    private static final Object UNREADABLE = new Object();

    /** The value with its personal values transformed (itself when none was), walked by its declared types as JSON is. */
    private static Object walk(Object value, Type type, UnaryOperator<String> transform) {
        Class<?> raw = rawClass(type);
        if (value == null) {
            return null;
        }
        if (raw == Optional.class && value instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                return optional;
            }
            Object inner = walk(optional.get(), firstTypeArgument(type), transform);
            return inner == UNREADABLE ? Optional.empty() : inner == optional.get() ? optional : Optional.of(inner);
        }
        if (Collection.class.isAssignableFrom(raw) && value instanceof Collection<?> items) {
            Type element = firstTypeArgument(type);
            Collection<Object> walked = items instanceof Set<?> ? new LinkedHashSet<>() : new ArrayList<>();
            boolean changed = false;
            for (Object item : items) {
                Object now = walk(item, element, transform);
                now = now == UNREADABLE ? null : now;
                changed |= now != item;
                walked.add(now);
            }
            return changed ? walked : items;
        }
        if (!raw.isRecord()) {
            return value;
        }
        var shape = SHAPES.get(raw);
        Object[] values = new Object[shape.accessors.length];
        boolean changed = false;
        for (int index = 0; index < values.length; index++) {
            Object child = shape.get(index, value);
            Object now = child;
            if (child != null) {
                if (shape.personal[index]) {
                    if (child instanceof String text) {
                        now = transform.apply(text);
                        if (now == null) {
                            return UNREADABLE;
                        }
                    }
                } else {
                    now = walk(child, shape.types[index], transform);
                    now = now == UNREADABLE ? null : now;
                }
            }
            values[index] = now;
            changed |= now != child;
        }
        return changed ? shape.build(values) : value;
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    /** A record type's components, found once: their accessors, declared types, which are personal, and its constructor. */
    private static final class Shape {

        private final Method[] accessors;
        private final Type[] types;
        private final boolean[] personal;
        private final Constructor<?> constructor;

        Shape(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            accessors = new Method[components.length];
            types = new Type[components.length];
            personal = new boolean[components.length];
            var parameters = new Class<?>[components.length];
            for (int index = 0; index < components.length; index++) {
                accessors[index] = components[index].getAccessor();
                accessors[index].setAccessible(true);
                types[index] = components[index].getGenericType();
                personal[index] = components[index].isAnnotationPresent(Personal.class);
                parameters[index] = components[index].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A record has its canonical constructor: " + type.getName(), e);
            }
        }

        Object get(int index, Object record) {
            try {
                return accessors[index].invoke(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw rethrown(e);
            }
        }

        Object build(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw rethrown(e);
            }
        }

        private static RuntimeException rethrown(InvocationTargetException e) {
            return e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
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
