package edu.lifecycle.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

/**
 * Property-based tests of the deciders: runs a property over many generated cases, each drawn from its own seed.
 * The base seed changes with every run, so each build tries new cases; a failure names the seed and the steps of the
 * case, and {@code -Dtrials.seed=<seed>} replays it. (jqwik 1.10+ carries a clause against use by AI coding
 * agents, which wrote much of this project, so the project keeps this small harness instead.)
 */
public final class Trials {

    private Trials() {}

    /** @param property receives the case's random source and a log to describe each step it takes */
    public static void check(int cases, BiConsumer<SplittableRandom, List<String>> property) {
        String fixed = System.getProperty("trials.seed");
        long base = fixed != null ? Long.parseLong(fixed) : new SplittableRandom().nextLong();
        int runs = fixed != null ? 1 : cases;
        for (int i = 0; i < runs; i++) {
            long seed = base + i;
            var steps = new ArrayList<String>();
            try {
                property.accept(new SplittableRandom(seed), steps);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "Case " + i + " failed; replay with -Dtrials.seed=" + seed + "\n  "
                                + String.join("\n  ", steps),
                        e);
            }
        }
    }
}
