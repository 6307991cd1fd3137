package edu.lifecycle.benchmarks;

import edu.lifecycle.benchmarks.report.Environment;
import edu.lifecycle.benchmarks.report.Table;
import edu.lifecycle.benchmarks.serde.SerdeSection;
import edu.lifecycle.benchmarks.system.ConsoleSection;
import edu.lifecycle.benchmarks.system.FootprintSection;
import edu.lifecycle.benchmarks.system.LatencySection;
import edu.lifecycle.benchmarks.system.RebuildSection;
import edu.lifecycle.benchmarks.tokens.TokensSection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs the benchmark sections and prints one markdown report: the machine, the JMH settings, then one table per
 * section. {@code java -jar benchmarks/target/benchmarks.jar [--smoke] [--sections=serde,rebuild,latency,footprint,console,tokens]
 * [--events=<regex>] [--forks=N] [--warmup=<iterations>x<ms>] [--measure=<iterations>x<ms>] [--no-gc-profiler]};
 * progress goes to standard error, the report to standard output. The serde sections run with JMH; rebuild, latency,
 * footprint and console start the whole system in this JVM and stay out of {@code --smoke} (console alone with
 * {@code --smoke --sections=console} plays 50 students); tokens starts only the identity provider and stays in it.
 */
public final class BenchmarkSuite {

    /**
     * Every section, in report order. The system sections follow the serde ones in the order that disturbs their
     * figures least: footprint first (its RSS would otherwise include what earlier system starts left behind), then
     * latency, then rebuild, then the console (its cohort played through the year). Tokens last: its provider's context would otherwise be in the footprint's first row.
     */
    static final List<Section> SECTIONS = List.of(
            new SerdeSection(),
            new FootprintSection(),
            new LatencySection(),
            new RebuildSection(),
            new ConsoleSection(),
            new TokensSection());

    /** Starts the line a failed section leaves in the report of a full run. */
    static final String FAILED = "**Section failed**";

    private BenchmarkSuite() {}

    public static void main(String[] args) throws Exception {
        String report;
        try {
            report = run(args, line -> System.err.println("[benchmarks] " + line));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println(report);
        if (report.contains(FAILED)) {
            System.exit(1);
        }
    }

    /** Runs the sections the arguments select and returns the report. */
    public static String run(String[] args, Consumer<String> progress) throws Exception {
        RunSettings settings = RunSettings.fullRun();
        List<String> sections = SECTIONS.stream()
                .filter(Section::inDefaultRun)
                .map(Section::name)
                .toList();
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (rest.remove("--smoke")) {
            settings = RunSettings.smokeRun();
            sections = SECTIONS.stream()
                    .filter(section -> section.inDefaultRun() && section.inSmokeRun())
                    .map(Section::name)
                    .toList();
        }
        for (String arg : rest) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--sections=")) {
                sections = List.of(value.split(","));
            } else if (arg.startsWith("--events=")) {
                settings = settings.withEventTypes(Pattern.compile(value));
            } else if (arg.startsWith("--forks=")) {
                settings = settings.withForks(Integer.parseInt(value));
            } else if (arg.startsWith("--warmup=")) {
                int[] count = iterations(value);
                settings = settings.withWarmup(count[0], count[1]);
            } else if (arg.startsWith("--measure=")) {
                int[] count = iterations(value);
                settings = settings.withMeasurement(count[0], count[1]);
            } else if (arg.equals("--no-gc-profiler")) {
                settings = settings.withoutGcProfiler();
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg + "; see the BenchmarkSuite javadoc");
            }
        }
        Environment environment = Environment.current();
        if (!settings.smoke()
                && settings.forks() == 0
                && environment.inputArguments().stream().noneMatch(arg -> arg.startsWith("-Xmx"))) {
            progress.accept("WARNING: measuring in this JVM without a pinned heap; run it as documented in"
                    + " docs/benchmarks.md (java -Xmx1g -XX:+UseG1GC -jar ...)");
        }
        StringBuilder report = new StringBuilder("## Benchmark results\n\n")
                .append("Command: `java ")
                .append(String.join(" ", environment.inputArguments()))
                .append(environment.inputArguments().isEmpty() ? "" : " ")
                .append("-jar benchmarks/target/benchmarks.jar")
                .append(args.length == 0 ? "" : " " + String.join(" ", args))
                .append("`\n\n")
                .append(environment.toMarkdown())
                .append(settings.toMarkdown())
                .append('\n');
        for (String name : sections) {
            Section section = SECTIONS.stream()
                    .filter(candidate -> candidate.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown section " + name));
            long started = System.nanoTime();
            Table table;
            try {
                table = section.run(settings, progress);
            } catch (Exception | AssertionError e) {
                if (settings.smoke()) {
                    throw e;
                }
                // One section failing (a demo timing out on a busy machine) must not lose the others' results.
                progress.accept(name + " failed: " + e);
                report.append("### ")
                        .append(name)
                        .append("\n\n")
                        .append(FAILED)
                        .append(": ")
                        .append(e)
                        .append("\n\n");
                continue;
            }
            progress.accept(name + " took " + (System.nanoTime() - started) / 1_000_000_000 + " s");
            report.append(table.toMarkdown()).append('\n');
        }
        return report.toString();
    }

    private static int[] iterations(String value) {
        String[] parts = value.split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected <iterations>x<milliseconds>, e.g. 3x1000, not " + value);
        }
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}
