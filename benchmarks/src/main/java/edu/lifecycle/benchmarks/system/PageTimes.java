package edu.lifecycle.benchmarks.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The render times of one page, in milliseconds: median, 95th percentile and maximum by nearest rank (a sample that
 * was measured, never an interpolation between two), against the target.
 */
record PageTimes(double[] sortedMillis) {

    PageTimes {
        if (sortedMillis.length == 0) {
            throw new IllegalArgumentException("A page needs at least one measured sample");
        }
        sortedMillis = sortedMillis.clone();
        Arrays.sort(sortedMillis);
    }

    static PageTimes ofNanos(List<Long> nanos) {
        return new PageTimes(nanos.stream().mapToDouble(value -> value / 1e6).toArray());
    }

    int samples() {
        return sortedMillis.length;
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return sortedMillis[sortedMillis.length - 1];
    }

    /** Nearest rank: the smallest sample with at least {@code percent} % of the samples at or below it. */
    double percentile(double percent) {
        int rank = (int) Math.ceil(percent / 100 * sortedMillis.length);
        return sortedMillis[Math.max(1, rank) - 1];
    }

    /** Every sample within the target, the slowest included. */
    boolean within(double targetMillis) {
        return max() <= targetMillis;
    }

    static String fmt(double millis) {
        return String.format(Locale.ROOT, "%.0f", millis);
    }
}
