package edu.lifecycle.benchmarks.report;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The machine a run measured on; absolute numbers only compare between runs with the same lines here. */
public record Environment(
        Instant startedAt,
        int cores,
        String java,
        String vm,
        String os,
        long maxHeapMiB,
        double loadAverage,
        List<String> inputArguments) {

    public static Environment current() {
        Runtime runtime = Runtime.getRuntime();
        return new Environment(
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                runtime.availableProcessors(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                runtime.maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    public String toMarkdown() {
        return "- Started: " + startedAt + "\n"
                + "- Cores available to the JVM: " + cores + "\n"
                + "- Java: " + java + ", " + vm + "\n"
                + "- OS: " + os + "\n"
                + String.format(Locale.ROOT, "- Load average (1 min) at start: %.2f%n", loadAverage)
                + "- Runner JVM: max heap " + maxHeapMiB + " MiB, arguments " + inputArguments + "\n";
    }
}
