package edu.lifecycle.servicekit.state;

import edu.lifecycle.servicekit.json.JsonSerde;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.io.ResolvingDecoder;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A record in a state store (and its changelog), written as Avro binary: a format byte, the version of the committed
 * schema it was written with, then the fields. It reads every committed version (resolved against the record as it
 * is now) and the JSON that earlier releases wrote, which starts with a byte no binary value starts with (ADR 16).
 */
public final class StateSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    /**
     * The first and last instants a store keeps: it writes nanoseconds since the epoch in a long, as precise as
     * {@link Instant} and as far as September 1677 back and April 2262 ahead.
     */
    public static final Instant EARLIEST_INSTANT = Instant.ofEpochSecond(Long.MIN_VALUE / 1_000_000_000L);

    public static final Instant LATEST_INSTANT = Instant.ofEpochSecond(0, Long.MAX_VALUE);

    /** Starts every binary value; never the first byte of a JSON text (0xB5 is not even a UTF-8 lead byte). */
    static final byte FORMAT = (byte) 0xB5;

    private static final Map<Class<?>, StateSerde<?>> SERDES = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final Codec codec;
    private final int version;
    private final List<Schema> committed;
    private final ThreadLocal<ResolvingDecoder[]> resolvers;
    private final JsonSerde<T> legacy;

    private StateSerde(Class<T> type) {
        this.type = type;
        this.codec = Codecs.ofRecord(type);
        this.committed = StateSchemas.committed(type);
        this.version = committed.size();
        if (version == 0 || !committed.get(version - 1).equals(codec.schema())) {
            throw new IllegalStateException(
                    "The stored form of " + type.getName() + " is not committed: commit its schema"
                            + " as " + StateSchemas.resourceOf(type, version + 1) + " (ADR 16 tells how), derived as "
                            + codec.schema());
        }
        if (version > 255) {
            throw new IllegalStateException("More than 255 versions of " + type.getName());
        }
        this.resolvers = ThreadLocal.withInitial(() -> new ResolvingDecoder[version]);
        this.legacy = JsonSerde.of(type);
    }

    /** The serde of a record type, built once. */
    @SuppressWarnings("unchecked")
    public static <T> StateSerde<T> of(Class<T> type) {
        return (StateSerde<T>) SERDES.computeIfAbsent(type, StateSerde::new);
    }

    /** How a store holds values of {@code type}: a record in binary; anything else (a number, say) as JSON. */
    public static <T> Serde<T> storing(Class<T> type) {
        return type.isRecord() ? of(type) : JsonSerde.of(type);
    }

    /**
     * How a store holds values of {@code type} that are not records of their own (a bare date, a value holding JSON):
     * in binary as their record form {@code S}; the JSON an earlier release wrote of {@code type} itself is still
     * read. Nothing stays nothing.
     */
    public static <T, S> Serde<T> storedAs(
            Class<S> form, Function<? super T, S> toForm, Function<? super S, T> fromForm, Class<T> type) {
        var binary = of(form);
        var earlier = JsonSerde.of(type);
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : binary.serialize(topic, toForm.apply(value)),
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    if (!isBinary(bytes)) {
                        return earlier.deserialize(topic, bytes);
                    }
                    return fromForm.apply(binary.deserialize(topic, bytes));
                });
    }

    /** Whether {@code stored} is in the binary form (rather than an earlier release's JSON). */
    public static boolean isBinary(byte[] stored) {
        return stored != null && stored.length > 0 && stored[0] == FORMAT;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            var bytes = new ByteArrayOutputStream(128);
            bytes.write(FORMAT);
            bytes.write(version);
            var out = EncoderFactory.get().directBinaryEncoder(bytes, null);
            codec.write(data, out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot write " + type.getName() + " for " + topic, e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (!isBinary(data)) {
            return legacy.deserialize(topic, data);
        }
        try {
            int written = data.length > 1 ? Byte.toUnsignedInt(data[1]) : 0;
            var in = DecoderFactory.get().binaryDecoder(data, 2, data.length - 2, null);
            if (written == version) {
                return type.cast(codec.read(in));
            }
            if (written < 1 || written > version) {
                throw new SerializationException("Cannot read " + type.getName() + " written with schema version "
                        + written + ": this release knows versions 1 to " + version);
            }
            var resolver = resolverOf(written);
            resolver.configure(in);
            var value = type.cast(codec.read(resolver));
            resolver.drain();
            return value;
        } catch (IOException | AvroRuntimeException | IllegalStateException | ClassCastException e) {
            throw new SerializationException("Cannot read " + type.getName() + " from " + topic, e);
        }
    }

    private ResolvingDecoder resolverOf(int written) throws IOException {
        var cached = resolvers.get();
        if (cached[written - 1] == null) {
            cached[written - 1] =
                    DecoderFactory.get().resolvingDecoder(committed.get(written - 1), codec.schema(), null);
        }
        return cached[written - 1];
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the schemas are committed
    }

    @Override
    public void close() {
        // nothing to release
    }
}
