package edu.lifecycle.benchmarks;

import edu.lifecycle.benchmarks.report.Table;
import java.util.function.Consumer;

/**
 * One part of the report: measures its subject against a baseline run side by side and returns one table, with the
 * client settings it pinned and its verdict against the target as notes. Sections that need the running system
 * (end-to-end latency, throughput, footprint) are added to {@link BenchmarkSuite#SECTIONS} the same way.
 */
public interface Section {

    /** Short name to select the section with {@code --sections=}. */
    String name();

    /** Whether a run without {@code --sections=} includes it; profiling aids say no. */
    default boolean inDefaultRun() {
        return true;
    }

    /**
     * Whether {@code --smoke} without {@code --sections=} includes it: sections that start the whole system take
     * minutes even when tiny and stay out of the CI test.
     */
    default boolean inSmokeRun() {
        return true;
    }

    /** Runs the section; {@code progress} takes one line per step, for a human watching a long run. */
    Table run(RunSettings settings, Consumer<String> progress) throws Exception;
}
