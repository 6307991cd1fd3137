package edu.lifecycle.servicekit.state;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.ResolvingDecoder;

/**
 * Derives the Avro schema of a Java record from its components, and the codec that writes and reads it. Every
 * reference-typed field is a union with {@code null} defaulting to {@code null}, and every primitive field defaults
 * to zero or {@code false}: as with the JSON before, a field added to a record reads as absent from values written
 * without it.
 */
final class Codecs {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private final Map<Class<?>, Codec> named = new HashMap<>();

    private Codecs() {}

    /** The codec of a record type, its nested records and enums included. */
    static Codec ofRecord(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record: only records are stored in binary");
        }
        return new Codecs().bare(type);
    }

    /** The Avro full name of a record or enum type: its package, then its nested name with {@code _} for {@code $}. */
    static String fullName(Class<?> type) {
        return type.getPackageName() + "." + simpleName(type);
    }

    private static String simpleName(Class<?> type) {
        var binary = type.getName();
        var pkg = type.getPackageName();
        return (pkg.isEmpty() ? binary : binary.substring(pkg.length() + 1)).replace('$', '_');
    }

    /** A field, element or map value: nullable unless primitive (or already a union). */
    private Codec slot(Type type) {
        if (type instanceof Class<?> c && c.isPrimitive()) {
            return bare(c);
        }
        var codec = bare(type);
        return codec.schema().getType() == Schema.Type.UNION ? codec : new Nullable(codec);
    }

    private Codec bare(Type type) {
        if (type instanceof ParameterizedType p) {
            var raw = (Class<?>) p.getRawType();
            var args = p.getActualTypeArguments();
            if (raw == Optional.class) {
                return new OptionalCodec(bare(args[0]));
            }
            if (SortedSet.class.isAssignableFrom(raw)) {
                return new ArrayCodec(slot(args[0]), TreeSet::new);
            }
            if (Set.class.isAssignableFrom(raw)) {
                return new ArrayCodec(slot(args[0]), LinkedHashSet::new);
            }
            if (raw == List.class || raw == Collection.class) {
                return new ArrayCodec(slot(args[0]), ArrayList::new);
            }
            if (SortedMap.class.isAssignableFrom(raw)) {
                return new MapCodec(key(args[0]), slot(args[1]), TreeMap::new);
            }
            if (raw == Map.class) {
                return new MapCodec(key(args[0]), slot(args[1]), LinkedHashMap::new);
            }
            throw unsupported(type);
        }
        if (!(type instanceof Class<?> c)) {
            throw unsupported(type);
        }
        if (c == String.class) {
            return Scalar.STRING;
        }
        if (c == int.class || c == Integer.class) {
            return Scalar.INT;
        }
        if (c == long.class || c == Long.class) {
            return Scalar.LONG;
        }
        if (c == boolean.class || c == Boolean.class) {
            return Scalar.BOOLEAN;
        }
        if (c == double.class || c == Double.class) {
            return Scalar.DOUBLE;
        }
        if (c == float.class || c == Float.class) {
            return Scalar.FLOAT;
        }
        if (c == Instant.class) {
            return Scalar.INSTANT;
        }
        if (c == LocalDate.class) {
            return Scalar.DATE;
        }
        var text = TextCodec.of(c);
        if (text != null) {
            return text;
        }
        if (c.isEnum()) {
            return named.computeIfAbsent(c, EnumCodec::new);
        }
        if (c.isRecord()) {
            var known = named.get(c);
            if (known != null) {
                return known;
            }
            var record = new RecordCodec(c);
            named.put(c, record);
            record.derive(this);
            return record;
        }
        throw unsupported(type);
    }

    private static KeyCodec key(Type type) {
        if (type == String.class) {
            return new KeyCodec(Object::toString, s -> s);
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            return new KeyCodec(k -> ((Enum<?>) k).name(), s -> enumConstant(c, s));
        }
        if (type == LocalDate.class) {
            return new KeyCodec(Object::toString, LocalDate::parse);
        }
        if (type == Integer.class) {
            return new KeyCodec(Object::toString, Integer::valueOf);
        }
        if (type == Long.class) {
            return new KeyCodec(Object::toString, Long::valueOf);
        }
        if (type == UUID.class) {
            return new KeyCodec(Object::toString, UUID::fromString);
        }
        throw unsupported(type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static IllegalArgumentException unsupported(Type type) {
        return new IllegalArgumentException("No binary state encoding for " + type.getTypeName()
                + ": use strings, numbers, booleans, BigDecimal, Instant, LocalDate, enums, records, Optional, List,"
                + " Set or Map");
    }

    /** A value written by one call of the encoder and read by one of the decoder. */
    private record Scalar(Schema schema, Writer writer, Reader reader) implements Codec {

        private static final long NANOS = 1_000_000_000L;

        static final Scalar STRING =
                of(Schema.Type.STRING, (v, out) -> out.writeString((String) v), Decoder::readString);
        static final Scalar INT = of(Schema.Type.INT, (v, out) -> out.writeInt((Integer) v), Decoder::readInt);
        static final Scalar LONG = of(Schema.Type.LONG, (v, out) -> out.writeLong((Long) v), Decoder::readLong);
        static final Scalar BOOLEAN =
                of(Schema.Type.BOOLEAN, (v, out) -> out.writeBoolean((Boolean) v), Decoder::readBoolean);
        static final Scalar DOUBLE =
                of(Schema.Type.DOUBLE, (v, out) -> out.writeDouble((Double) v), Decoder::readDouble);
        static final Scalar FLOAT = of(Schema.Type.FLOAT, (v, out) -> out.writeFloat((Float) v), Decoder::readFloat);

        /** Nanoseconds since the epoch: the precision of {@link Instant}, up to the year 2262. */
        static final Scalar INSTANT = new Scalar(
                LogicalTypes.timestampNanos().addToSchema(Schema.create(Schema.Type.LONG)),
                (v, out) -> out.writeLong(Math.addExact(
                        Math.multiplyExact(((Instant) v).getEpochSecond(), NANOS), ((Instant) v).getNano())),
                in -> {
                    var nanos = in.readLong();
                    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
                });

        static final Scalar DATE = new Scalar(
                LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT)),
                (v, out) -> out.writeInt(Math.toIntExact(((LocalDate) v).toEpochDay())),
                in -> LocalDate.ofEpochDay(in.readInt()));

        interface Writer {
            void write(Object value, Encoder out) throws IOException;
        }

        interface Reader {
            Object read(Decoder in) throws IOException;
        }

        private static Scalar of(Schema.Type type, Writer writer, Reader reader) {
            return new Scalar(Schema.create(type), writer, reader);
        }

        @Override
        public void write(Object value, Encoder out) throws IOException {
            writer.write(value, out);
        }

        @Override
        public Object read(Decoder in) throws IOException {
            return reader.read(in);
        }
    }

    /** Values kept as their exact text: {@code toString()} and back (a BigDecimal keeps its scale). */
    private record TextCodec(Schema schema, Function<String, Object> parse) implements Codec {

        private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(
                BigDecimal.class, BigDecimal::new,
                BigInteger.class, BigInteger::new,
                UUID.class, UUID::fromString,
                Duration.class, Duration::parse,
                LocalTime.class, LocalTime::parse,
                LocalDateTime.class, LocalDateTime::parse,
                YearMonth.class, YearMonth::parse,
                Year.class, Year::parse);

        static TextCodec of(Class<?> type) {
            var parse = PARSERS.get(type);
            if (parse == null) {
                return null;
            }
            var schema = Schema.create(Schema.Type.STRING);
            schema.addProp("java-class", type.getName());
            return new TextCodec(schema, parse);
        }

        @Override
        public void write(Object value, Encoder out) throws IOException {
            out.writeString(value.toString());
        }

        @Override
        public Object read(Decoder in) throws IOException {
            return parse.apply(in.readString());
        }
    }

    private record Nullable(Codec value, Schema schema) implements Codec {

        Nullable(Codec value) {
            this(value, Schema.createUnion(Schema.create(Schema.Type.NULL), value.schema()));
        }

        @Override
        public void write(Object value, Encoder out) throws IOException {
            if (value == null) {
                out.writeIndex(0);
                out.writeNull();
            } else {
                out.writeIndex(1);
                this.value.write(value, out);
            }
        }

        @Override
        public Object read(Decoder in) throws IOException {
            if (in.readIndex() == 0) {
                in.readNull();
                return null;
            }
            return value.read(in);
        }
    }

    /** An absent {@link Optional} is written as {@code null}, and so is a {@code null} one. */
    private record OptionalCodec(Nullable nullable) implements Codec {

        OptionalCodec(Codec value) {
            this(new Nullable(value));
        }

        @Override
        public Schema schema() {
            return nullable.schema();
        }

        @Override
        public void write(Object value, Encoder out) throws IOException {
            nullable.write(value == null ? null : ((Optional<?>) value).orElse(null), out);
        }

        @Override
        public Object read(Decoder in) throws IOException {
            return Optional.ofNullable(nullable.read(in));
        }
    }

    private record ArrayCodec(Codec element, Supplier<Collection<Object>> empty, Schema schema) implements Codec {

        ArrayCodec(Codec element, Supplier<Collection<Object>> empty) {
            this(element, empty, Schema.createArray(element.schema()));
        }

        @Override
        public void write(Object value, Encoder out) throws IOException {
            var items = (Collection<?>) value;
            out.writeArrayStart();
            out.setItemCount(items.size());
            for (var item : items) {
                out.startItem();
                element.write(item, out);
            }
            out.writeArrayEnd();
        }

        @Override
        public Object read(Decoder in) throws IOException {
            var items = empty.get();
            for (long n = in.readArrayStart(); n > 0; n = in.arrayNext()) {
                for (long i = 0; i < n; i++) {
                    items.add(element.read(in));
                }
            }
            return items;
        }
    }

    private record KeyCodec(Function<Object, String> write, Function<String, Object> read) {}

    private record MapCodec(KeyCodec key, Codec value, Supplier<Map<Object, Object>> empty, Schema schema)
            implements Codec {

        MapCodec(KeyCodec key, Codec value, Supplier<Map<Object, Object>> empty) {
            this(key, value, empty, Schema.createMap(value.schema()));
        }

        @Override
        public void write(Object value, Encoder out) throws IOException {
            var entries = (Map<?, ?>) value;
            out.writeMapStart();
            out.setItemCount(entries.size());
            for (var entry : entries.entrySet()) {
                out.startItem();
                out.writeString(key.write().apply(entry.getKey()));
                this.value.write(entry.getValue(), out);
            }
            out.writeMapEnd();
        }

        @Override
        public Object read(Decoder in) throws IOException {
            var entries = empty.get();
            for (long n = in.readMapStart(); n > 0; n = in.mapNext()) {
                for (long i = 0; i < n; i++) {
                    var k = key.read().apply(in.readString());
                    entries.put(k, value.read(in));
                }
            }
            return entries;
        }
    }

    private static final class EnumCodec implements Codec {

        private final Object[] constants;
        private final Schema schema;

        EnumCodec(Class<?> type) {
            constants = type.getEnumConstants();
            var symbols = new ArrayList<String>();
            for (var constant : constants) {
                symbols.add(((Enum<?>) constant).name());
            }
            schema = Schema.createEnum(simpleName(type), null, type.getPackageName(), symbols);
        }

        @Override
        public Schema schema() {
            return schema;
        }

        @Override
        public void write(Object value, Encoder out) throws IOException {
            out.writeEnum(((Enum<?>) value).ordinal());
        }

        @Override
        public Object read(Decoder in) throws IOException {
            return constants[in.readEnum()];
        }
    }

    private static final class RecordCodec implements Codec {

        private final Class<?> type;
        private final Schema schema;
        private Codec[] fields;
        private MethodHandle[] accessors;
        private MethodHandle constructor;

        RecordCodec(Class<?> type) {
            this.type = type;
            this.schema = Schema.createRecord(simpleName(type), null, type.getPackageName(), false);
        }

        void derive(Codecs codecs) {
            var components = type.getRecordComponents();
            fields = new Codec[components.length];
            accessors = new MethodHandle[components.length];
            var avroFields = new ArrayList<Schema.Field>();
            var parameterTypes = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    RecordComponent component = components[i];
                    fields[i] = codecs.slot(component.getGenericType());
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    accessors[i] = LOOKUP.unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
                    parameterTypes[i] = component.getType();
                    avroFields.add(new Schema.Field(
                            component.getName(), fields[i].schema(), null, defaultOf(component.getType())));
                }
                Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
                canonical.setAccessible(true);
                constructor = LOOKUP.unreflectConstructor(canonical)
                        .asSpreader(Object[].class, components.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException(
                        "Cannot store " + type.getName() + " in binary: " + e.getMessage(), e);
            }
            schema.setFields(avroFields);
        }

        private static Object defaultOf(Class<?> type) {
            if (!type.isPrimitive()) {
                return JsonProperties.NULL_VALUE;
            }
            if (type == boolean.class) {
                return false;
            }
            if (type == double.class || type == float.class) {
                return 0.0;
            }
            return 0;
        }

        @Override
        public Schema schema() {
            return schema;
        }

        @Override
        public void write(Object value, Encoder out) throws IOException {
            for (int i = 0; i < fields.length; i++) {
                fields[i].write(get(i, value), out);
            }
        }

        private Object get(int field, Object value) {
            try {
                return (Object) accessors[field].invokeExact(value);
            } catch (Throwable e) {
                throw new IllegalStateException(
                        "Cannot read " + type.getName() + "."
                                + schema.getFields().get(field).name(),
                        e);
            }
        }

        @Override
        public Object read(Decoder in) throws IOException {
            var values = new Object[fields.length];
            if (in instanceof ResolvingDecoder resolving) {
                for (var field : resolving.readFieldOrder()) {
                    values[field.pos()] = fields[field.pos()].read(in);
                }
            } else {
                for (int i = 0; i < fields.length; i++) {
                    values[i] = fields[i].read(in);
                }
            }
            try {
                return (Object) constructor.invokeExact(values);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot build " + type.getName(), e);
            }
        }
    }
}
