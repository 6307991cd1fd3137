package edu.lifecycle.servicekit.testing;

import edu.lifecycle.registry.serde.KafkaAvroDeserializer;
import edu.lifecycle.registry.serde.KafkaAvroSerDeConfig;
import edu.lifecycle.registry.serde.KafkaAvroSerializer;
import edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Seeded random events that their schema allows, edges first: empty, long and non-Latin strings, the first and last
 * instant and date Avro can carry, the largest decimal the precision allows, negative counts, every enum symbol and
 * union branch. What a producer that passes schema validation may write, which a consumer must decide on or ignore,
 * never fail on.
 *
 * <p>A value is drawn in Avro's own representation, written in Confluent's wire format and read back into the event's
 * generated class by the registry client's deserializer, so the logical types (instants, dates, decimals) convert as
 * a consumer's deserializer converts them. Strings come, half the time, from the test's {@code plausible} pool (a
 * programme's id, a year, a few student ids), so that events meet the aggregates and rows that other events made.
 */
public final class WellFormedEvents {

    private static final List<String> ODD_STRINGS =
            List.of("", " ", "Émilie Ñúñez-李", "x".repeat(2_000), "../../etc", "a:b|c", "\u0000", "null");

    private static final String TOPIC = "well-formed-events";

    private final Random random;
    private final List<String> plausible;
    private final KafkaAvroSerializer writer = new KafkaAvroSerializer();
    private final KafkaAvroDeserializer reader = new KafkaAvroDeserializer();

    private WellFormedEvents(long seed, List<String> plausible) {
        this.random = new Random(seed);
        this.plausible = List.copyOf(plausible);
        // A registry of its own, written and read by the services' own serdes: the read-back takes the path a
        // consumer's takes (including how it builds generated classes Avro's validator does not trust), and leaves
        // Avro's global rules as they are for the topology under test.
        Map<String, Object> config = Map.of(
                KafkaAvroSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG,
                "mock://well-formed-events-" + UUID.randomUUID(),
                KafkaAvroSerDeConfig.VALUE_SUBJECT_NAME_STRATEGY,
                TopicRecordNameStrategy.class,
                KafkaAvroSerDeConfig.SPECIFIC_AVRO_READER_CONFIG,
                true);
        writer.configure(config, false);
        reader.configure(config, false);
    }

    /** Events drawn from {@code seed}, their strings half the time from {@code plausible}. */
    public static WellFormedEvents seeded(long seed, List<String> plausible) {
        return new WellFormedEvents(seed, plausible);
    }

    /** A topic a service reads: the event types on it, and how the test pipes one in under its key. */
    public record Source(List<Class<? extends SpecificRecord>> types, BiConsumer<String, SpecificRecord> pipe) {

        public Source {
            types = List.copyOf(types);
        }
    }

    /**
     * Pipes {@code count} events, each of a random type on a random source and keyed by its student, running
     * {@code meanwhile} (time passing, say) after every hundred.
     */
    public void play(int count, List<Source> sources, Runnable meanwhile) {
        for (int i = 1; i <= count; i++) {
            var source = pick(sources);
            var event = next(pick(source.types()));
            source.pipe().accept(keyOf(event), event);
            if (i % 100 == 0) {
                meanwhile.run();
            }
        }
    }

    /** One event of {@code type}, as a consumer's deserializer would hand it over. */
    public <E extends SpecificRecord> E next(Class<E> type) {
        Object raw = value(SpecificData.get().getSchema(type));
        return type.cast(reader.deserialize(TOPIC, writer.serialize(TOPIC, raw)));
    }

    /** The record key a producer gives the event: its {@code studentId}, as every public topic is keyed. */
    private static String keyOf(SpecificRecord event) {
        var field = event.getSchema().getField("studentId");
        if (field == null) {
            throw new IllegalArgumentException(event.getSchema().getFullName() + " has no studentId to key it by");
        }
        return String.valueOf(event.get(field.pos()));
    }

    private Object value(Schema schema) {
        return switch (schema.getType()) {
            case RECORD -> record(schema);
            case STRING -> string();
            case INT -> integer(schema);
            case LONG -> longValue(schema);
            case BYTES -> bytes(schema);
            case BOOLEAN -> random.nextBoolean();
            case DOUBLE -> pick(List.of(0.0, -1.5, Double.MAX_VALUE, Double.NaN, random.nextGaussian()));
            case FLOAT -> pick(List.of(0.0f, -1.5f, Float.MAX_VALUE, Float.NaN, (float) random.nextGaussian()));
            case ENUM -> new GenericData.EnumSymbol(schema, pick(schema.getEnumSymbols()));
            case UNION -> value(pick(schema.getTypes()));
            case ARRAY -> array(schema);
            case MAP -> map(schema);
            case FIXED -> new GenericData.Fixed(schema, randomBytes(schema.getFixedSize()));
            case NULL -> null;
        };
    }

    private GenericData.Record record(Schema schema) {
        var record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            record.put(field.pos(), value(field.schema()));
        }
        return record;
    }

    private String string() {
        int draw = random.nextInt(10);
        if (draw < 5 && !plausible.isEmpty()) {
            return pick(plausible);
        }
        if (draw < 8) {
            return pick(ODD_STRINGS);
        }
        var chars = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            chars.append((char) ('a' + random.nextInt(26)));
        }
        return chars.toString();
    }

    private int integer(Schema schema) {
        if (schema.getLogicalType() instanceof LogicalTypes.Date) {
            // 2026-09-01 is day 20,697: most dates near the school year, some at the ends of what Avro carries.
            return pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 20_697 + random.nextInt(800) - 400));
        }
        return pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, random.nextInt(200)));
    }

    private long longValue(Schema schema) {
        if (schema.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
            long september2026 = 1_788_220_800_000L;
            return pick(List.of(
                    Long.MIN_VALUE,
                    Long.MAX_VALUE,
                    0L,
                    september2026 + (long) (random.nextDouble() * 60 * 86_400_000L) - 30 * 86_400_000L));
        }
        return pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, random.nextLong()));
    }

    private ByteBuffer bytes(Schema schema) {
        if (schema.getLogicalType() instanceof LogicalTypes.Decimal decimal) {
            // The unscaled value, within the precision: a serializer that validates lets no more through.
            var largest = BigInteger.TEN.pow(decimal.getPrecision()).subtract(BigInteger.ONE);
            var unscaled = pick(List.of(
                    largest,
                    largest.negate(),
                    BigInteger.ZERO,
                    BigInteger.ONE.negate(),
                    BigInteger.valueOf(random.nextLong()).mod(largest.add(BigInteger.ONE))));
            return ByteBuffer.wrap(unscaled.toByteArray());
        }
        return ByteBuffer.wrap(randomBytes(random.nextInt(8)));
    }

    private List<Object> array(Schema schema) {
        var values = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            values.add(value(schema.getElementType()));
        }
        return values;
    }

    private HashMap<String, Object> map(Schema schema) {
        var values = new HashMap<String, Object>();
        for (int i = random.nextInt(3); i > 0; i--) {
            values.put(string(), value(schema.getValueType()));
        }
        return values;
    }

    private byte[] randomBytes(int size) {
        var bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private <X> X pick(List<X> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
