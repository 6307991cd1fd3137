package edu.lifecycle.chaos.faults;

import java.time.Duration;
import java.util.List;

/** Nearest-rank percentiles of measured durations. */
public final class Percentiles {

    private Percentiles() {}

    /** The {@code p}-th percentile (0 &lt; p ≤ 100) by nearest rank; zero for no values. */
    public static Duration of(List<Duration> values, double p) {
        if (values.isEmpty()) {
            return Duration.ZERO;
        }
        var sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
