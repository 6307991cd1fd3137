package edu.lifecycle.chaos.oracle;

import edu.lifecycle.chaos.load.CarefulClient;
import edu.lifecycle.chaos.load.StudentLifecycle;
import edu.lifecycle.chaos.system.ChaosSystem;
import edu.lifecycle.chaos.system.ServiceInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Oracle 3: every read model equals a fold of the event log. For each service, one more instance is started under a
 * fresh application id with an empty state folder, its command side's group first set to the end of everything the
 * live command side reads (so it decides nothing again), its read models rebuilt from the topics from the beginning.
 * Once both the live and the rebuilt read models have caught up, every read-model query is asked of both, key by key
 * (each student the load played) and for the programme-wide views, and the JSON answers compared.
 */
public final class ReadModelCheck {

    static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(20);
    static final String PROGRAMME =
            "/api/v1/programmes/" + StudentLifecycle.PROGRAMME + "/years/" + StudentLifecycle.YEAR;

    /** The read-model queries of each service: per student ({@code %s}), and programme-wide. */
    static final Map<String, List<String>> STUDENT_QUERIES = Map.of(
            "admissions", List.of("/api/v1/students/%s/roster-entry", "/api/v1/students/%s/timeline"),
            "billing", List.of(),
            "curriculum", List.of("/api/v1/students/%s/graduation-checklist"),
            "placement", List.of("/api/v1/students/%s/placements"));

    static final Map<String, List<String>> PROGRAMME_QUERIES = Map.of(
            "admissions", List.of(PROGRAMME + "/funnel", PROGRAMME + "/roster", PROGRAMME + "/applications"),
            "billing", List.of(PROGRAMME + "/receivables", PROGRAMME + "/overdue"),
            "curriculum", List.of(PROGRAMME + "/results", "/api/v1/defenses"),
            "placement",
                    List.of(
                            PROGRAMME + "/work-study",
                            PROGRAMME + "/pending-validations",
                            PROGRAMME + "/graduate-outcomes"));

    private ReadModelCheck() {}

    /**
     * The answer without {@code asOf}, the moment a view was computed for (the defense calendar's statuses are as of
     * the request): two answers asked a moment apart differ there without any state differing.
     */
    static JsonNode state(JsonNode body) {
        if (body instanceof ObjectNode object && object.has("asOf")) {
            var copy = object.deepCopy();
            copy.remove("asOf");
            return copy;
        }
        return body;
    }

    public static CheckResult check(
            ChaosSystem system,
            Admin admin,
            CarefulClient client,
            List<String> students,
            String runId,
            Consumer<String> progress)
            throws Exception {
        var offsets = new GroupOffsets(admin);
        var differences = new AtomicLong();
        var compared = new AtomicLong();
        var examples = new ConcurrentLinkedQueue<String>();
        // Every rebuild starts at once: on two shared cores four Spring contexts start faster together than in turn.
        var rebuilds = new java.util.LinkedHashMap<String, ServiceInstance>();
        var livePartitions = new java.util.HashMap<String, Integer>();
        for (var service : system.instances().keySet()) {
            var live = service + "-service";
            var audit = live + "-audit-" + runId;
            offsets.moveToEnd(audit, offsets.committed(live).keySet());
            if (!offsets.awaitCaughtUp(List.of(live + "-read-models"), 1, CATCH_UP_LIMIT)) {
                examples.add(service + ": live read models did not catch up within " + CATCH_UP_LIMIT);
                differences.incrementAndGet();
                continue;
            }
            livePartitions.put(service, offsets.committed(live + "-read-models").size());
            rebuilds.put(service, system.startAudit(service, audit, List.of()));
        }
        for (var service : rebuilds.keySet()) {
            rebuilds.get(service).awaitReady();
            progress.accept("read models of " + service + " rebuilding under " + service + "-service-audit-" + runId);
        }
        for (var entry : rebuilds.entrySet()) {
            var service = entry.getKey();
            var rebuilt = entry.getValue();
            var audit = service + "-service-audit-" + runId;
            if (!offsets.awaitCaughtUp(List.of(audit + "-read-models"), livePartitions.get(service), CATCH_UP_LIMIT)) {
                examples.add(service + ": rebuilt read models did not catch up within " + CATCH_UP_LIMIT);
                differences.incrementAndGet();
                rebuilt.stop();
                continue;
            }
            var liveUrl = system.instances().get(service).get(0).url();
            var queries = new ArrayList<String>(PROGRAMME_QUERIES.get(service));
            for (var student : students) {
                for (var query : STUDENT_QUERIES.get(service)) {
                    queries.add(String.format(query, student));
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (var query : queries) {
                    pool.submit(() -> {
                        var a = client.get(liveUrl, query);
                        var b = client.get(rebuilt.url(), query);
                        compared.incrementAndGet();
                        boolean same = a != null
                                && b != null
                                && a.status() == b.status()
                                && Objects.equals(state(a.body()), state(b.body()));
                        if (!same) {
                            differences.incrementAndGet();
                            examples.add(service + " " + query + ": live " + (a == null ? "no answer" : a.status())
                                    + ", rebuilt " + (b == null ? "no answer" : b.status()));
                        }
                    });
                }
            } finally {
                pool.shutdown();
                pool.awaitTermination(1, TimeUnit.HOURS);
            }
            rebuilt.stop();
            progress.accept("read models of " + service + " compared: " + queries.size() + " queries");
        }
        return new CheckResult(
                "3. every read model equals a fold of the event log",
                differences.get() == 0,
                compared.get() + " read-model answers compared with a rebuild under a fresh application id: "
                        + differences.get() + " differences",
                new ArrayList<>(examples));
    }
}
