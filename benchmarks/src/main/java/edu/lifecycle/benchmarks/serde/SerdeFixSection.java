package edu.lifecycle.benchmarks.serde;

import edu.lifecycle.benchmarks.RunSettings;
import edu.lifecycle.benchmarks.Section;
import edu.lifecycle.benchmarks.report.Table;
import java.util.ArrayList;
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
 * Profiling aid, not in the default run: the gain of the fix still proposed for schema-registry-client (see
 * {@link ProposedSerde}), as ratios to plain Avro measured in the same run. Delete it once that fix is in or rejected.
 */
public final class SerdeFixSection implements Section {

    private static final List<String> SERIALIZE = List.of("serializePlain", "serializeOurs", "serializeMemo");
    private static final List<String> DESERIALIZE = List.of("deserializePlain", "deserializeOurs", "deserializeMemo");

    @Override
    public String name() {
        return "serde-fix";
    }

    @Override
    public boolean inDefaultRun() {
        return false;
    }

    @Override
    public Table run(RunSettings settings, Consumer<String> progress) throws Exception {
        List<Class<? extends SpecificRecord>> types = EventFixtures.eventTypes().stream()
                .filter(type ->
                        settings.eventTypes().matcher(type.getSimpleName()).matches())
                .toList();
        String benchmarks = Pattern.quote(SerdeFixBenchmark.class.getName()) + "\\..*";
        if (settings.forks() == 0 && settings.warmupIterations() > 0) {
            progress.accept("serde-fix: warming up all " + types.size() + " event types together");
            new Runner(settings.jmhOptions()
                            .include(benchmarks)
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
        List<String> columns = new ArrayList<>(List.of("Event type"));
        SERIALIZE.forEach(method -> columns.add(label(method)));
        DESERIALIZE.forEach(method -> columns.add(label(method)));
        Table table = new Table(
                "1b. Serde fix proposed for schema-registry-client (ns/op for plain, ratio to plain for the rest)",
                columns);
        List<Map<String, Double>> all = new ArrayList<>();
        Map<String, Double> allocation = new HashMap<>();
        for (Class<? extends SpecificRecord> type : types) {
            progress.accept("serde-fix " + (all.size() + 1) + "/" + types.size() + ": " + type.getSimpleName());
            Map<String, Double> nanos = new HashMap<>();
            for (RunResult run : new Runner(settings.jmhOptions()
                            .include(benchmarks)
                            .param("eventType", type.getSimpleName())
                            .build())
                    .run()) {
                String benchmark = run.getParams().getBenchmark();
                String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
                nanos.put(method, run.getPrimaryResult().getScore());
                Result<?> bytes = run.getSecondaryResults().get("gc.alloc.rate.norm");
                if (bytes != null) {
                    allocation.merge(method, Math.log(bytes.getScore()), Double::sum);
                }
            }
            all.add(nanos);
            table.row(cells(type.getSimpleName(), nanos));
        }
        Map<String, Double> geometric = new HashMap<>();
        for (String method : concat()) {
            geometric.put(
                    method,
                    Math.exp(all.stream()
                                    .mapToDouble(m -> Math.log(m.get(method)))
                                    .sum()
                            / all.size()));
        }
        table.row(cells("**geometric mean (" + all.size() + " types)**", geometric));
        table.note("'+ memo' is our serde rebuilt from its public parts with a per-schema (serializer) and per-id"
                + " (deserializer) memo in front of the caches; see ProposedSerde.");
        if (!allocation.isEmpty()) {
            StringBuilder bytes = new StringBuilder("Allocation, geometric mean B/op:");
            for (String method : concat()) {
                bytes.append(String.format(
                        Locale.ROOT, " %s %.0f;", label(method), Math.exp(allocation.get(method) / all.size())));
            }
            table.note(bytes.toString());
        }
        return table;
    }

    private static List<String> concat() {
        List<String> methods = new ArrayList<>(SERIALIZE);
        methods.addAll(DESERIALIZE);
        return methods;
    }

    private static List<String> cells(String name, Map<String, Double> nanos) {
        List<String> cells = new ArrayList<>(List.of(name));
        for (List<String> side : List.of(SERIALIZE, DESERIALIZE)) {
            double plain = nanos.get(side.get(0));
            cells.add(String.format(Locale.ROOT, "%.0f", plain));
            side.stream()
                    .skip(1)
                    .forEach(method -> cells.add(String.format(Locale.ROOT, "%.2f", nanos.get(method) / plain)));
        }
        return cells;
    }

    private static String label(String method) {
        return switch (method) {
            case "serializePlain" -> "ser plain ns";
            case "serializeOurs" -> "ser ours";
            case "serializeMemo" -> "ser + writer memo";
            case "deserializeMemo" -> "deser + reader memo";
            case "deserializePlain" -> "deser plain ns";
            case "deserializeOurs" -> "deser ours";
            default -> method;
        };
    }
}
