package edu.lifecycle.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * How long and where JMH measures.
 *
 * <p>Full run: in-process (0 forks) in the runner JVM, whose heap and collector the documented command pins. A fork per
 * benchmark and event type would cost a JVM start each, 155 of them for the serde section alone, and still compare
 * ours and plain in different JVMs. Instead a section first warms up every benchmark of every event type together, so
 * that each measurement then runs code compiled for the whole mix of types (as a service's serde is), and then measures
 * one event type at a time: warm-up 1 × 300 ms and 5 × 300 ms per benchmark, ours and plain of a type within seconds of
 * each other. About 5½ minutes for the serde section on 2 cores. {@code --forks=1} gives the classic isolated JMH
 * measurement instead, at several times the duration.
 *
 * <p>Smoke run: every benchmark once for 20 ms, no warm-up: proves the harness, measures nothing.
 *
 * @param eventTypes simple names of the event types to measure, as a regular expression
 * @param gcProfiler adds JMH's GC profiler, whose normalised allocation (B/op) is exact where times drift
 */
public record RunSettings(
        boolean smoke,
        int forks,
        int warmupIterations,
        int warmupMillis,
        int measurementIterations,
        int measurementMillis,
        List<String> forkJvmArgs,
        Pattern eventTypes,
        boolean gcProfiler) {

    /** Fixed heap and collector of forked runs ({@code --forks=N}); in-process runs take the runner JVM's. */
    static final List<String> FORK_JVM_ARGS = List.of("-Xms512m", "-Xmx512m", "-XX:+UseG1GC");

    public RunSettings {
        forkJvmArgs = List.copyOf(forkJvmArgs);
    }

    public static RunSettings fullRun() {
        return new RunSettings(false, 0, 1, 300, 5, 300, FORK_JVM_ARGS, Pattern.compile(".*"), true);
    }

    public static RunSettings smokeRun() {
        return new RunSettings(true, 0, 0, 0, 1, 20, List.of(), Pattern.compile(".*"), true);
    }

    /** The JMH options every benchmark of the suite shares. */
    public ChainedOptionsBuilder jmhOptions() {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(forks)
                .warmupIterations(warmupIterations)
                .warmupTime(TimeValue.milliseconds(Math.max(1, warmupMillis)))
                .measurementIterations(measurementIterations)
                .measurementTime(TimeValue.milliseconds(measurementMillis))
                .timeUnit(TimeUnit.NANOSECONDS)
                .threads(1)
                .shouldFailOnError(true)
                .shouldDoGC(false)
                .verbosity(VerboseMode.SILENT);
        if (!forkJvmArgs.isEmpty()) {
            options.jvmArgsAppend(forkJvmArgs.toArray(String[]::new));
        }
        if (gcProfiler) {
            options.addProfiler(GCProfiler.class);
        }
        return options;
    }

    public RunSettings withForks(int value) {
        return new RunSettings(
                smoke,
                value,
                warmupIterations,
                warmupMillis,
                measurementIterations,
                measurementMillis,
                forkJvmArgs,
                eventTypes,
                gcProfiler);
    }

    public RunSettings withWarmup(int iterations, int millis) {
        return new RunSettings(
                smoke,
                forks,
                iterations,
                millis,
                measurementIterations,
                measurementMillis,
                forkJvmArgs,
                eventTypes,
                gcProfiler);
    }

    public RunSettings withMeasurement(int iterations, int millis) {
        return new RunSettings(
                smoke, forks, warmupIterations, warmupMillis, iterations, millis, forkJvmArgs, eventTypes, gcProfiler);
    }

    public RunSettings withEventTypes(Pattern value) {
        return new RunSettings(
                smoke,
                forks,
                warmupIterations,
                warmupMillis,
                measurementIterations,
                measurementMillis,
                forkJvmArgs,
                value,
                gcProfiler);
    }

    public RunSettings withoutGcProfiler() {
        return new RunSettings(
                smoke,
                forks,
                warmupIterations,
                warmupMillis,
                measurementIterations,
                measurementMillis,
                forkJvmArgs,
                eventTypes,
                false);
    }

    public String toMarkdown() {
        String forked = forks == 0
                ? "in-process (0 forks) in the runner JVM, every event type warmed up before any is measured"
                : forks + " fork(s) per benchmark, fork JVM arguments " + forkJvmArgs;
        return "- Mode: " + (smoke ? "SMOKE (proves the harness; do not quote these numbers)" : "full") + "\n"
                + "- JMH: average time, 1 thread, " + forked + "\n"
                + "- Warm-up: " + warmupIterations + " × " + warmupMillis + " ms; measurement: " + measurementIterations
                + " × " + measurementMillis + " ms; error = 99.9% confidence half-width\n"
                + "- Profilers: " + (gcProfiler ? "gc (allocation per operation)" : "none") + "\n"
                + "- Event types: " + eventTypes.pattern() + "\n";
    }
}
