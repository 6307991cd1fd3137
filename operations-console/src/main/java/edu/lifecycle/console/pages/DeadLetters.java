package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.ApiAnswer;
import edu.lifecycle.console.services.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Dead letters per source topic and reason, read from a service's Prometheus page ({@code lifecycle_dead_letters_total}). */
final class DeadLetters {

    private static final Pattern LINE = Pattern.compile("^lifecycle_dead_letters_total\\{([^}]*)}\\s+([0-9.eE+-]+)");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static final String PROMETHEUS = "/actuator/prometheus";
    private static final String TITLE = "Dead letters";

    private DeadLetters() {}

    /**
     * A service's dead letters per topic and reason, from its Prometheus page as {@code ServiceCalls.getText} answered
     * it; a role the actuator refuses is told so in words, a page that did not answer says that.
     */
    static Section perTopic(Service service, ApiAnswer prometheus) {
        if (prometheus.ok()) {
            return new Section(TITLE, true, of(prometheus.body().asString()), null, prometheus.status());
        }
        return refused(TITLE, service, prometheus);
    }

    /** The same, added up: how many dead letters the service has set aside, one figure. */
    static Section total(Service service, ApiAnswer prometheus) {
        if (prometheus.ok()) {
            long total = of(prometheus.body().asString()).stream()
                    .mapToLong(row -> (Long) row.get("count"))
                    .sum();
            return new Section(service.title(), true, total, null, prometheus.status());
        }
        return refused(service.title(), service, prometheus);
    }

    private static Section refused(String title, Service service, ApiAnswer prometheus) {
        if (prometheus.status() == 403) {
            return Section.of(title, prometheus);
        }
        return new Section(
                title, false, null, "The metrics of " + service.title() + " do not answer.", prometheus.status());
    }

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
