package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.ApiAnswer;
import edu.lifecycle.console.services.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A service's dead letters as its operations API lists them ({@code GET /api/v1/dead-letters}, read from the broker):
 * open ones are those not replayed yet. Unlike the metrics' counter, this survives restarts and goes down after a
 * replay or a purge, so it is what the overview and the system page show.
 */
final class DeadLetters {

    static final String LIST = "/api/v1/dead-letters";
    private static final String TITLE = "Dead letters";

    private DeadLetters() {}

    /** One row per consumer, source topic and reason: how many are open and how many were replayed. */
    static Section perTopic(Service service, ApiAnswer list) {
        if (list.ok()) {
            return new Section(TITLE, true, rows(list.body()), null, list.status());
        }
        return refused(TITLE, service, list);
    }

    /** How many of the service's dead letters are open (not replayed), one figure. */
    static Section open(Service service, ApiAnswer list) {
        if (list.ok()) {
            long open = 0;
            for (var item : list.body().path("items")) {
                if (!item.path("replayed").asBoolean(false)) {
                    open++;
                }
            }
            return new Section(service.title(), true, open, null, list.status());
        }
        return refused(service.title(), service, list);
    }

    /**
     * A replay's answer in words: the service answers 202 with the dead letters it wrote to the consumer's replay
     * topic, which is done as far as the console can tell (the consumer applies each at most once).
     */
    static ActionOutcome replayOutcome(Service service, String consumer, String topic, ApiAnswer answer) {
        if (answer.status() == 202 || answer.ok()) {
            int replayed = answer.body().path("replayed").size();
            return new ActionOutcome(
                    "done",
                    "Replay: " + replayed + (replayed == 1 ? " dead letter" : " dead letters") + " of " + consumer
                            + " from " + topic + " sent back to it (" + service.title() + ").",
                    Optional.empty());
        }
        return new ActionOutcome("refused", "Replay: " + answer.problemText(), Optional.empty());
    }

    private static Section refused(String title, Service service, ApiAnswer list) {
        if (list.status() == 403) {
            return Section.of(title, list);
        }
        return new Section(
                title, false, null, "The dead letters of " + service.title() + " do not answer.", list.status());
    }

    static List<Map<String, Object>> rows(JsonNode list) {
        var rows = new LinkedHashMap<String, Map<String, Object>>();
        for (var item : list.path("items")) {
            var consumer = item.path("consumer").asString("unknown");
            var topic = item.path("sourceTopic").asString("unknown");
            var reason = item.path("reasonType").asString("unknown");
            var row = rows.computeIfAbsent(consumer + "\n" + topic + "\n" + reason, key -> {
                var fresh = new LinkedHashMap<String, Object>();
                fresh.put("consumer", consumer);
                fresh.put("topic", topic);
                fresh.put("reason", reason);
                fresh.put("open", 0L);
                fresh.put("replayed", 0L);
                return fresh;
            });
            var column = item.path("replayed").asBoolean(false) ? "replayed" : "open";
            row.put(column, (Long) row.get(column) + 1);
        }
        return new ArrayList<>(rows.values());
    }
}
