package edu.lifecycle.console.pages;

import java.util.List;
import java.util.Map;

/** A horizontal bar chart drawn as SVG on the server: accessible as a table of its values too, and no script. */
public record BarChart(String title, List<Bar> bars) {

    /** One bar; {@code percent} of the longest. */
    public record Bar(String label, long value, long percent) {}

    static BarChart of(String title, Map<String, ? extends Number> values) {
        long max = values.values().stream().mapToLong(Number::longValue).max().orElse(0);
        var bars = values.entrySet().stream()
                .map(entry -> new Bar(
                        entry.getKey(),
                        entry.getValue().longValue(),
                        max == 0 ? 0 : Math.round(entry.getValue().longValue() * 100.0 / max)))
                .toList();
        return new BarChart(title, bars);
    }

    /** The chart's height in SVG units: one row per bar. */
    public int height() {
        return bars.size() * 28 + 4;
    }
}
