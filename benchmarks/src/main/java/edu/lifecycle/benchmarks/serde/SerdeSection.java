package edu.lifecycle.benchmarks.serde;

import edu.lifecycle.benchmarks.RunSettings;
import edu.lifecycle.benchmarks.Section;
import edu.lifecycle.benchmarks.report.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;

/**
 * Section 1: for each public event type, serialize and deserialize with our serde and with plain Avro, and report
 * ns/op and the ratio ours/plain, then the geometric mean over all types. Each type is a separate JMH run of its four
 * benchmarks, so ours and its baseline are measured within seconds of each other and drift on a shared machine hits
 * both alike.
 */
public final class SerdeSection implements Section {

    /** Ours may cost at most this much more than plain Avro (issue: "target ratio ≤ 1.2"). */
    public static final double TARGET_RATIO = 1.2;

    static final String SERIALIZE_OURS = "serializeOurs";
    static final String SERIALIZE_OURS_MOCK = "serializeOursOnMockRegistry";
    static final String SERIALIZE_PLAIN = "serializePlain";
    static final String DESERIALIZE_OURS = "deserializeOurs";
    static final String DESERIALIZE_PLAIN = "deserializePlain";
    private static final String ALLOCATION = "gc.alloc.rate.norm";

    @Override
    public String name() {
        return "serde";
    }

    @Override
    public Table run(RunSettings settings, Consumer<String> progress) throws Exception {
        List<Class<? extends SpecificRecord>> types = EventFixtures.eventTypes().stream()
                .filter(type ->
                        settings.eventTypes().matcher(type.getSimpleName()).matches())
                .toList();
        if (types.isEmpty()) {
            throw new IllegalArgumentException("No event type matches " + settings.eventTypes());
        }
        if (settings.forks() == 0 && settings.warmupIterations() > 0) {
            // In one JVM the code is compiled for whatever ran first; warming every type up before measuring any
            // makes each measurement see the same compiled code, shaped by all event types as in a service.
            progress.accept("serde: warming up all " + types.size() + " event types together");
            new Runner(settings.jmhOptions()
                            .include(benchmarks())
                            .param(
                                    "eventType",
                                    types.stream().map(Class::getSimpleName).toArray(String[]::new))
                            .warmupIterations(0)
                            .measurementIterations(1)
                            .measurementTime(
                                    org.openjdk.jmh.runner.options.TimeValue.milliseconds(settings.warmupMillis()))
                            .build())
                    .run();
        }
        List<TypeResult> results = new ArrayList<>();
        for (Class<? extends SpecificRecord> type : types) {
            progress.accept("serde " + (results.size() + 1) + "/" + types.size() + ": " + type.getSimpleName());
            results.add(measure(type, settings));
        }
        return table(results, settings);
    }

    private static TypeResult measure(Class<? extends SpecificRecord> type, RunSettings settings) throws Exception {
        int payloadSize;
        try (SerdePair pair = new SerdePair(type)) {
            payloadSize = pair.payloadSize();
        }
        Collection<RunResult> runs = new Runner(settings.jmhOptions()
                        .include(benchmarks())
                        .param("eventType", type.getSimpleName())
                        .build())
                .run();
        Map<String, Measured> byMethod = new HashMap<>();
        for (RunResult run : runs) {
            String benchmark = run.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            Result<?> primary = run.getPrimaryResult();
            Result<?> allocation = run.getSecondaryResults().get(ALLOCATION);
            byMethod.put(
                    method,
                    new Measured(
                            primary.getScore(),
                            primary.getScoreError(),
                            allocation == null ? Double.NaN : allocation.getScore()));
        }
        return new TypeResult(
                type.getSimpleName(),
                payloadSize,
                require(byMethod, SERIALIZE_OURS),
                require(byMethod, SERIALIZE_OURS_MOCK),
                require(byMethod, SERIALIZE_PLAIN),
                require(byMethod, DESERIALIZE_OURS),
                require(byMethod, DESERIALIZE_PLAIN));
    }

    private static String benchmarks() {
        return Pattern.quote(SerdeBenchmark.class.getName()) + "\\..*";
    }

    private static Measured require(Map<String, Measured> byMethod, String method) {
        Measured measured = byMethod.get(method);
        if (measured == null) {
            throw new IllegalStateException("JMH returned no result for " + method + ": " + byMethod.keySet());
        }
        return measured;
    }

    private static Table table(List<TypeResult> results, RunSettings settings) {
        Table table = new Table(
                "1. Serde: our serializer/deserializer vs plain Avro binary (ns/op, lower is better)",
                List.of(
                        "Event type",
                        "Avro bytes",
                        "ser plain",
                        "ser ours",
                        "ser ratio",
                        "ser ours, mock://",
                        "ratio mock://",
                        "deser plain",
                        "deser ours",
                        "deser ratio",
                        "ser B/op plain / ours / mock://",
                        "deser B/op plain / ours"));
        for (TypeResult r : results) {
            table.row(List.of(
                    r.eventType(),
                    Integer.toString(r.payloadSize()),
                    r.serializePlain().withError(),
                    r.serializeOurs().withError(),
                    ratio(r.serializeOurs().nanos() / r.serializePlain().nanos()),
                    r.serializeOursMock().withError(),
                    ratio(r.serializeOursMock().nanos() / r.serializePlain().nanos()),
                    r.deserializePlain().withError(),
                    r.deserializeOurs().withError(),
                    ratio(r.deserializeOurs().nanos() / r.deserializePlain().nanos()),
                    bytes(
                            r.serializePlain().bytesPerOp(),
                            r.serializeOurs().bytesPerOp(),
                            r.serializeOursMock().bytesPerOp()),
                    bytes(r.deserializePlain().bytesPerOp(), r.deserializeOurs().bytesPerOp())));
        }
        double serPlain = geometricMean(results, r -> r.serializePlain().nanos());
        double serOurs = geometricMean(results, r -> r.serializeOurs().nanos());
        double serMock = geometricMean(results, r -> r.serializeOursMock().nanos());
        double deserPlain = geometricMean(results, r -> r.deserializePlain().nanos());
        double deserOurs = geometricMean(results, r -> r.deserializeOurs().nanos());
        table.row(List.of(
                "**geometric mean (" + results.size() + " types)**",
                nanos(geometricMean(results, r -> r.payloadSize())),
                nanos(serPlain),
                nanos(serOurs),
                "**" + ratio(serOurs / serPlain) + "**",
                nanos(serMock),
                "**" + ratio(serMock / serPlain) + "**",
                nanos(deserPlain),
                nanos(deserOurs),
                "**" + ratio(deserOurs / deserPlain) + "**",
                bytes(
                        geometricMean(results, r -> r.serializePlain().bytesPerOp()),
                        geometricMean(results, r -> r.serializeOurs().bytesPerOp()),
                        geometricMean(results, r -> r.serializeOursMock().bytesPerOp())),
                bytes(
                        geometricMean(results, r -> r.deserializePlain().bytesPerOp()),
                        geometricMean(results, r -> r.deserializeOurs().bytesPerOp()))));
        table.note("Target: ratio ours/plain ≤ " + TARGET_RATIO + ". " + verdict("Serialize", serOurs / serPlain) + " "
                + verdict("Deserialize", deserOurs / deserPlain) + " "
                + verdict("Serialize on the mock:// registry", serMock / serPlain));
        table.note("Ours: KafkaAvroSerializer/KafkaAvroDeserializer with "
                + SerdeSettings.clientSettings(SerdeSettings.REST_REGISTRY_URL)
                + " (the services' CachedSchemaRegistryClient); 'mock://' columns: the same with "
                + SerdeSettings.MOCK_REGISTRY_URL + ". Schemas are registered and fetched in set-up and the run fails"
                + " if a measured call reaches the registry, so every number is the cached steady state.");
        table.note("Plain: SpecificDatumWriter + buffered BinaryEncoder into a reused ByteArrayOutputStream, "
                + "SpecificDatumReader + reused BinaryDecoder; one writer/reader per type; no record reuse. Both "
                + "return a fresh byte[] / record, as a Kafka serde must.");
        table.note("Fixtures: one deterministic record per event type (EventFixtures): every optional field set, "
                + EventFixtures.ARRAY_LENGTH + " elements per array, decimals, dates and timestamps as in production. "
                + "'Avro bytes' excludes our 5-byte schema reference.");
        if (settings.smoke()) {
            table.note("SMOKE run: the numbers only prove the harness works.");
        }
        return table;
    }

    private static String verdict(String what, double ratio) {
        if (ratio <= TARGET_RATIO) {
            return String.format(Locale.ROOT, "%s: %.2f, target met.", what, ratio);
        }
        return String.format(
                Locale.ROOT,
                "%s: %.2f, target MISSED by %.0f%% of the plain time (%.0f%% over the allowed %.2f).",
                what,
                ratio,
                (ratio - TARGET_RATIO) * 100,
                (ratio / TARGET_RATIO - 1) * 100,
                TARGET_RATIO);
    }

    static double geometricMean(List<TypeResult> results, java.util.function.ToDoubleFunction<TypeResult> value) {
        double logSum = 0;
        for (TypeResult result : results) {
            logSum += Math.log(value.applyAsDouble(result));
        }
        return Math.exp(logSum / results.size());
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String nanos(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String bytes(double... perOperation) {
        StringBuilder out = new StringBuilder();
        for (double value : perOperation) {
            if (Double.isNaN(value)) {
                return "";
            }
            out.append(out.length() == 0 ? "" : " / ").append(nanos(value));
        }
        return out.toString();
    }

    /** One benchmark's score with its error, and its allocation when the GC profiler ran. */
    record Measured(double nanos, double error, double bytesPerOp) {

        String withError() {
            return Double.isNaN(error) || error == 0
                    ? SerdeSection.nanos(nanos)
                    : String.format(Locale.ROOT, "%.0f ± %.0f", nanos, error);
        }
    }

    record TypeResult(
            String eventType,
            int payloadSize,
            Measured serializeOurs,
            Measured serializeOursMock,
            Measured serializePlain,
            Measured deserializeOurs,
            Measured deserializePlain) {}
}
