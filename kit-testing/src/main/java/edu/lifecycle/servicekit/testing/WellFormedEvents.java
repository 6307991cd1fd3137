package edu.lifecycle.servicekit.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Seeded random events that their schema allows, edges first: empty, long and non-Latin strings, the first and last
 * instant and date Avro can carry, the largest decimal the precision allows, negative counts, every enum symbol and
 * union branch. What a producer that passes schema validation may write, which a consumer must decide on or ignore,
 * never fail on.
 *
 * <p>A value is drawn in Avro's own representation and read back through the event's generated class, so the
 * logical types (instants, dates, decimals) convert as a consumer's deserializer converts them. Strings come, half the
 * time, from the test's {@code plausible} pool (a programme's id, a year, a few student ids), so that events meet the
 * aggregates and rows that other events made.
 */
public final class WellFormedEvents {

    private static final List<String> ODD_STRINGS =
            List.of("", " ", "Émilie Ñúñez-李", "x".repeat(2_000), "../../etc", "a:b|c", "\u0000", "null");

    private static final Set<String> TRUSTED_HERE = ConcurrentHashMap.newKeySet();

    private final Random random;
    private final List<String> plausible;

    private WellFormedEvents(long seed, List<String> plausible) {
        this.random = new Random(seed);
        this.plausible = List.copyOf(plausible);
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
        Schema schema = SpecificData.get().getSchema(type);
        trustPackagesOf(schema);
        Object raw = value(schema);
        try {
            var bytes = new ByteArrayOutputStream();
            var encoder = EncoderFactory.get().binaryEncoder(bytes, null);
            new GenericDatumWriter<>(schema).write(raw, encoder);
            encoder.flush();
            var reader = new SpecificDatumReader<E>(type);
            return reader.read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Avro instantiates only classes it trusts; the services widen its rules to their generated packages at start-up
     * ({@code TrustedAvroPackages}), which this module cannot see, so the packages of the event's named types are
     * added here the same way: to what Avro already trusts.
     */
    private static synchronized void trustPackagesOf(Schema schema) {
        var packages = new HashSet<String>();
        namespaces(schema, packages, new HashSet<>());
        if (TRUSTED_HERE.isEmpty()) {
            ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
            ClassSecurityValidator.setGlobal(new ClassSecurityPredicate() {
                @Override
                public boolean isTrusted(Class<?> type) {
                    return TRUSTED_HERE.contains(type.getPackageName()) || previous.isTrusted(type);
                }

                @Override
                public void forbiddenClass(String className) {
                    previous.forbiddenClass(className);
                }
            });
        }
        TRUSTED_HERE.addAll(packages);
    }

    private static void namespaces(Schema schema, Set<String> packages, Set<String> seen) {
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.add(schema.getFullName())) {
                    packages.add(schema.getNamespace());
                    schema.getFields().forEach(field -> namespaces(field.schema(), packages, seen));
                }
            }
            case ENUM, FIXED -> packages.add(schema.getNamespace());
            case UNION -> schema.getTypes().forEach(branch -> namespaces(branch, packages, seen));
            case ARRAY -> namespaces(schema.getElementType(), packages, seen);
            case MAP -> namespaces(schema.getValueType(), packages, seen);
            default -> {}
        }
    }

    /** The record key a producer gives the event: its {@code studentId}, as every public topic is keyed. */
    public static String keyOf(SpecificRecord event) {
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
