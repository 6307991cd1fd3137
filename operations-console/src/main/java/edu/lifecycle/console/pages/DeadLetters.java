package edu.lifecycle.console.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Dead letters per source topic and reason, read from a service's Prometheus page ({@code lifecycle_dead_letters_total}). */
final class DeadLetters {

    private static final Pattern LINE = Pattern.compile("^lifecycle_dead_letters_total\\{([^}]*)}\\s+([0-9.eE+-]+)");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private DeadLetters() {}

    /** One row per topic and reason with a count above zero, as the template renders a table. */
    static List<Map<String, Object>> of(String prometheus) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var line : prometheus.split("\n")) {
            var matcher = LINE.matcher(line);
            if (!matcher.find()) {
                continue;
            }
            long count = (long) Double.parseDouble(matcher.group(2));
            if (count == 0) {
                continue;
            }
            var labels = new LinkedHashMap<String, String>();
            var label = LABEL.matcher(matcher.group(1));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            var row = new LinkedHashMap<String, Object>();
            row.put("topic", labels.getOrDefault("topic", "unknown"));
            row.put("reason", labels.getOrDefault("reason", "unknown"));
            row.put("count", count);
            rows.add(row);
        }
        return rows;
    }
}
