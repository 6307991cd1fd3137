package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.json.KitJson;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire codec of an aggregate's commands, derived from the domain's sealed command interface: no type constants,
 * no {@code switch}. Each permitted record is a command type named after it ({@link CommandType}: {@code
 * RecordPayment} → {@code record-payment}) unless {@link Builder#named named} otherwise, e.g. to keep the name of
 * envelopes already queued. The components the envelope carries are filled from it, never written twice: the aggregate
 * key (by default {@code studentId}), {@code issuedAt}, {@code commandId} and the signed-in sender, {@code staffId}
 * (an {@code Optional<String>}). The payload is the JSON of the other components ({@code null} when none is left),
 * each under its own name unless {@link Builder#component declared} otherwise, and {@link Builder#transformed
 * transformed} where a type's payload differs on the wire (e.g. personal values sealed).
 *
 * @param <C> the domain's sealed command interface
 */
public final class CommandCodec<C> {

    public static final String COMMAND_ID = "commandId";
    public static final String ISSUED_AT = "issuedAt";
    public static final String ACTOR = "staffId";

    private final Class<C> commands;
    private final String key;
    private final Function<String, ?> keyReader;
    private final Map<String, Class<? extends C>> byType;
    private final Map<Class<?>, String> typeOf;
    private final Map<Class<?>, Map<String, String>> wireNames;
    private final Map<Class<?>, Map<String, Function<CommandEnvelope, ?>>> derived;
    private final Map<Class<?>, PayloadTransform> transforms;

    private CommandCodec(
            Class<C> commands,
            String key,
            Function<String, ?> keyReader,
            Map<String, Class<? extends C>> byType,
            Map<Class<?>, Map<String, String>> wireNames,
            Map<Class<?>, Map<String, Function<CommandEnvelope, ?>>> derived,
            Map<Class<?>, PayloadTransform> transforms) {
        this.commands = commands;
        this.key = key;
        this.keyReader = keyReader;
        this.byType = Map.copyOf(byType);
        this.wireNames = Map.copyOf(wireNames);
        this.derived = Map.copyOf(derived);
        this.transforms = Map.copyOf(transforms);
        this.typeOf = byType.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    }

    /** @param sealedCommands the domain's sealed command interface; every type it permits must be a record */
    public static <C> Builder<C> of(Class<C> sealedCommands) {
        return new Builder<>(sealedCommands);
    }

    /** The type of each command record, by its name in the envelope. */
    public Map<String, Class<? extends C>> types() {
        return byType;
    }

    /** The name of {@code command}'s type in its envelope. */
    public String type(C command) {
        return typeOf.get(command.getClass());
    }

    /** The aggregate that decides {@code command}: its key component. */
    public String aggregateKey(C command) {
        return String.valueOf(component(command, key));
    }

    /**
     * The command's own encoding less what the envelope carries, {@code null} JSON when nothing is left; transformed
     * when its type declares it.
     */
    public JsonNode payload(C command) {
        var tree = (ObjectNode) KitJson.toTree(command);
        tree.remove(List.of(key, COMMAND_ID, ISSUED_AT, ACTOR));
        tree.remove(derived.getOrDefault(command.getClass(), Map.of()).keySet());
        var renamed = renamed(tree, wireNames.getOrDefault(command.getClass(), Map.of()));
        JsonNode payload = renamed.isEmpty() ? NullNode.getInstance() : renamed;
        var transform = transforms.get(command.getClass());
        return transform == null ? payload : transform.write(aggregateKey(command), payload);
    }

    /**
     * {@code command} in an envelope owning {@code meta}; the command must carry the same id and time as
     * {@code meta}, which it was built from.
     */
    public CommandEnvelope envelope(CommandMeta meta, C command) {
        Objects.requireNonNull(command, "command");
        requireSame(command, COMMAND_ID, meta.commandId());
        requireSame(command, ISSUED_AT, meta.issuedAt());
        var envelope = new CommandEnvelope(
                meta.commandId(),
                aggregateKey(command),
                type(command),
                payload(command),
                meta.issuedAt(),
                null,
                meta.actor().orElse(null));
        derived.getOrDefault(command.getClass(), Map.of()).forEach((component, value) -> {
            if (!Objects.equals(component(command, component), value.apply(envelope))) {
                throw new IllegalArgumentException(
                        type(command) + "'s " + component + " is not the one derived from its envelope");
            }
        });
        return envelope;
    }

    /** The domain command in {@code envelope}; throws when it does not fit (the command is dead-lettered). */
    public C decode(CommandEnvelope envelope) {
        if (envelope.format() > CommandEnvelope.FORMAT) {
            throw new IllegalArgumentException("Command format " + envelope.format() + " is newer than this release's "
                    + CommandEnvelope.FORMAT + " (" + envelope.commandId() + ")");
        }
        Class<? extends C> type = byType.get(envelope.type());
        if (type == null) {
            throw new IllegalArgumentException(
                    "Unknown " + commands.getSimpleName() + " type '" + envelope.type() + "'");
        }
        var fromWire = wireNames.getOrDefault(type, Map.of()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        JsonNode wire = envelope.payload();
        var transform = transforms.get(type);
        if (transform != null) {
            wire = transform.read(envelope.aggregateKey(), wire == null ? null : wire.deepCopy());
        }
        ObjectNode tree = wire instanceof ObjectNode payload
                ? renamed(payload.deepCopy(), fromWire)
                : KitJson.mapper().createObjectNode();
        var components = names(type);
        tree.set(key, KitJson.toTree(keyReader.apply(envelope.aggregateKey())));
        tree.set(ISSUED_AT, KitJson.toTree(envelope.issuedAt()));
        if (components.contains(COMMAND_ID)) {
            tree.put(COMMAND_ID, envelope.commandId());
        }
        derived.getOrDefault(type, Map.of())
                .forEach((component, value) -> tree.set(component, KitJson.toTree(value.apply(envelope))));
        if (components.contains(ACTOR)) {
            // Who sent it is the signed-in sender the gateway put on the envelope, never a field of a body.
            tree.set(ACTOR, KitJson.toTree(Optional.ofNullable(envelope.actor()).filter(a -> !a.isBlank())));
        }
        return KitJson.fromTree(tree, type);
    }

    /**
     * Every command type and the shape of its payload, one line each, nested records and enums spelled out: a
     * snapshot a test compares, so that changing a command's shape is a deliberate step.
     */
    public String shape() {
        var lines = new TreeMap<String, String>();
        byType.forEach((name, type) -> lines.put(
                name,
                name + " = " + describe(type, new HashSet<>(), true)
                        + (transforms.containsKey(type)
                                ? " | payload " + transforms.get(type).describe()
                                : "")));
        return String.join("\n", lines.values()) + "\n";
    }

    private String describe(Type type, Set<Type> seen, boolean top) {
        if (type instanceof ParameterizedType parameterized) {
            return describe(parameterized.getRawType(), seen, false)
                    + Arrays.stream(parameterized.getActualTypeArguments())
                            .map(argument -> describe(argument, seen, false))
                            .collect(Collectors.joining(", ", "<", ">"));
        }
        if (!(type instanceof Class<?> clazz)) {
            return type.getTypeName();
        }
        if (clazz.isEnum()) {
            return clazz.getSimpleName()
                    + Arrays.stream(clazz.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining("|", "[", "]"));
        }
        if (!clazz.isRecord() || !seen.add(clazz)) {
            return clazz.getName().startsWith("java.") ? clazz.getSimpleName() : clazz.getName();
        }
        var components = new ArrayList<String>();
        for (RecordComponent component : clazz.getRecordComponents()) {
            String name = component.getName();
            String wire = top ? wireNames.getOrDefault(clazz, Map.of()).get(name) : null;
            if (top && Set.of(key, COMMAND_ID, ISSUED_AT, ACTOR).contains(name)) {
                components.add(name + ": (envelope)");
            } else if (top && derived.getOrDefault(clazz, Map.of()).containsKey(name)) {
                components.add(name + ": (derived)");
            } else if (wire != null) {
                components.add(name + " as " + wire + ": " + describe(component.getGenericType(), seen, false));
            } else {
                components.add(name + ": " + describe(component.getGenericType(), seen, false));
            }
        }
        seen.remove(clazz);
        return clazz.getSimpleName() + components.stream().collect(Collectors.joining(", ", "{", "}"));
    }

    /** {@code tree} with the fields named in {@code names} renamed, in their places: the bytes stay as they were. */
    private static ObjectNode renamed(ObjectNode tree, Map<String, String> names) {
        if (names.isEmpty()) {
            return tree;
        }
        ObjectNode renamed = KitJson.mapper().createObjectNode();
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            renamed.set(names.getOrDefault(field.getKey(), field.getKey()), field.getValue());
        }
        return renamed;
    }

    private void requireSame(C command, String component, Object expected) {
        if (names(command.getClass()).contains(component) && !expected.equals(component(command, component))) {
            throw new IllegalArgumentException(type(command) + " carries another " + component + " than its envelope");
        }
    }

    private static Set<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
    }

    private static Object component(Object command, String name) {
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(command);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + name + " of " + command.getClass(), e);
                }
            }
        }
        throw new IllegalArgumentException(command.getClass() + " has no component " + name);
    }

    /** Which interface, which component is the aggregate key, and any name kept from before. */
    public static final class Builder<C> {

        private final Class<C> commands;
        private final Map<Class<?>, String> names = new LinkedHashMap<>();
        private final Map<Class<?>, Map<String, String>> wireNames = new LinkedHashMap<>();
        private final Map<Class<?>, Map<String, Function<CommandEnvelope, ?>>> derived = new LinkedHashMap<>();
        private final Map<Class<?>, PayloadTransform> transforms = new LinkedHashMap<>();
        private String key = "studentId";
        private Function<String, ?> keyReader = Function.identity();

        private Builder(Class<C> commands) {
            this.commands = Objects.requireNonNull(commands, "commands");
            if (!commands.isSealed()) {
                throw new IllegalArgumentException(commands + " is not sealed");
            }
        }

        /** The component holding the aggregate key; {@code studentId} unless told. */
        public Builder<C> keyedBy(String component) {
            return keyedBy(component, Function.identity());
        }

        /**
         * The component holding the aggregate key, written in the envelope as its {@code String.valueOf} and read back
         * with {@code fromKey} (e.g. a programme-year's {@code M2-ISD/2026-2027}); {@code fromKey} throwing sends the
         * command to the dead letters.
         */
        public Builder<C> keyedBy(String component, Function<String, ?> fromKey) {
            this.key = Objects.requireNonNull(component, "component");
            this.keyReader = Objects.requireNonNull(fromKey, "fromKey");
            return this;
        }

        /** {@code command}'s type is {@code name}, not the one derived from its simple name. */
        public Builder<C> named(Class<? extends C> command, String name) {
            names.put(command, Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * {@code command}'s {@code component} travels in the payload as {@code wireName}, e.g. the name the previous
         * release wrote, which its instances still read during a rolling upgrade.
         */
        public Builder<C> component(Class<? extends C> command, String component, String wireName) {
            if (!names(command).contains(component)) {
                throw new IllegalArgumentException(command + " has no component " + component);
            }
            wireNames.computeIfAbsent(command, c -> new LinkedHashMap<>()).put(component, wireName);
            return this;
        }

        /**
         * {@code command}'s {@code component} is not written: it is derived from the envelope when read (e.g. the id
         * of what the command creates, from the command id), and a command carrying another value is refused.
         */
        public Builder<C> derived(
                Class<? extends C> command, String component, Function<CommandEnvelope, ?> fromEnvelope) {
            if (!names(command).contains(component)) {
                throw new IllegalArgumentException(command + " has no component " + component);
            }
            derived.computeIfAbsent(command, c -> new LinkedHashMap<>())
                    .put(component, Objects.requireNonNull(fromEnvelope, "fromEnvelope"));
            return this;
        }

        /**
         * {@code command}'s payload is {@code transform}ed on the wire: written after the codec's own encoding, read
         * back before it (e.g. personal values sealed under the person's key, or the layout of an earlier release).
         */
        public Builder<C> transformed(Class<? extends C> command, PayloadTransform transform) {
            transforms.put(command, Objects.requireNonNull(transform, "transform"));
            return this;
        }

        public CommandCodec<C> build() {
            var byType = new LinkedHashMap<String, Class<? extends C>>();
            for (Class<?> permitted : commands.getPermittedSubclasses()) {
                if (!permitted.isRecord()) {
                    throw new IllegalArgumentException(permitted + " is not a record");
                }
                var components = names(permitted);
                if (!components.contains(key) || !components.contains(ISSUED_AT)) {
                    throw new IllegalArgumentException(permitted + " lacks " + key + " or " + ISSUED_AT);
                }
                Arrays.stream(permitted.getRecordComponents())
                        .filter(component -> component.getName().equals(ISSUED_AT))
                        .filter(component -> component.getType() != Instant.class)
                        .findAny()
                        .ifPresent(component -> {
                            throw new IllegalArgumentException(permitted + "'s issuedAt is not an Instant");
                        });
                @SuppressWarnings("unchecked")
                var command = (Class<? extends C>) permitted;
                String name = names.getOrDefault(permitted, CommandType.of(permitted));
                if (byType.put(name, command) != null) {
                    throw new IllegalArgumentException("Two commands named " + name);
                }
            }
            if (!byType.values().containsAll(names.keySet())) {
                throw new IllegalArgumentException("Named commands not permitted by " + commands + ": " + names);
            }
            if (!byType.values().containsAll(transforms.keySet())) {
                throw new IllegalArgumentException(
                        "Transformed commands not permitted by " + commands + ": " + transforms.keySet());
            }
            return new CommandCodec<>(commands, key, keyReader, byType, wireNames, derived, transforms);
        }
    }
}
