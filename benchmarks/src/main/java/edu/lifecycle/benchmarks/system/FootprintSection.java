package edu.lifecycle.benchmarks.system;

import edu.lifecycle.benchmarks.RunSettings;
import edu.lifecycle.benchmarks.Section;
import edu.lifecycle.benchmarks.report.Table;
import edu.lifecycle.demo.CohortPlayer;
import edu.lifecycle.demo.DemoCohort;
import edu.lifecycle.demo.MovableClock;
import edu.lifecycle.launcher.Services;
import edu.lifecycle.localstack.ProcessFootprint;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Footprint: start-to-ready of the whole embedded stack in this JVM (each component as the launcher reports it), then
 * the demo cohort played through the public APIs, and the memory the JVM holds before, when ready and after the demo.
 */
public final class FootprintSection implements Section {

    static final long SEED = 2026;
    static final int COHORT_SIZE = 120;

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public boolean inSmokeRun() {
        return false;
    }

    @Override
    public Table run(RunSettings settings, Consumer<String> progress) {
        var table = new Table(
                "4. Footprint: the whole embedded stack in one JVM (broker, registry, 4 services)",
                List.of("Measurement", "Value"));
        System.gc();
        var idle = ProcessFootprint.now();
        table.row(List.of("runner JVM before start (after a full GC)", idle.describe()));
        var clock = MovableClock.startingAt(CohortPlayer.START);
        long begin = System.nanoTime();
        try (var system = InProcessSystem.start(
                name(), Services.forPlayedYear(Services.onFreePorts()), Optional.of((Clock) clock), step -> {
                    progress.accept(step.component() + " ready in " + seconds(step.took()));
                    table.row(List.of("start: " + step.component() + " ready", seconds(step.took())));
                })) {
            var ready = Duration.ofNanos(System.nanoTime() - begin);
            table.row(List.of("**start-to-ready, whole system**", "**" + seconds(ready) + "**"));
            table.row(List.of("when ready", ProcessFootprint.now().describe()));
            long demoBegin = System.nanoTime();
            DemoCohort.run(system.urls(), clock, SEED, COHORT_SIZE, line -> progress.accept("demo: " + line));
            var demo = Duration.ofNanos(System.nanoTime() - demoBegin);
            table.row(List.of("demo cohort played (" + COHORT_SIZE + " students, seed " + SEED + ")", seconds(demo)));
            var after = ProcessFootprint.now();
            table.row(List.of("**after the demo**", "**" + after.describe() + "**"));
            System.gc();
            table.row(List.of(
                    "after the demo and a full GC", ProcessFootprint.now().describe()));
        }
        Runtime runtime = Runtime.getRuntime();
        table.note("Pinned: cohort size " + COHORT_SIZE + ", seed " + SEED + ", services `Services.forPlayedYear` on"
                + " free ports with a `MovableClock` starting at " + CohortPlayer.START + "; embedded broker and"
                + " registry from `LocalStackSettings.ephemeral` in a fresh temporary folder; max heap "
                + runtime.maxMemory() / (1024 * 1024) + " MiB, " + runtime.availableProcessors() + " cores.");
        table.note("RSS is VmRSS of this JVM from /proc/self/status (ProcessFootprint); it includes the benchmark"
                + " runner itself (its idle footprint is the first row). Heap used = total - free at that moment.");
        table.note("No numeric target in the issue: the figures are the baseline for later changes.");
        return table;
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
