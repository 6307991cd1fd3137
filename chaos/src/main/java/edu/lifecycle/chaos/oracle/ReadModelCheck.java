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
            "curriculum", List.of(PROGRAMME + "/results", PROGRAMME + "/graduation-readiness", "/api/v1/defenses"),
            "placement",
                    List.of(
                            PROGRAMME + "/work-study",
                            PROGRAMME + "/pending-validations",
                            PROGRAMME + "/graduate-outcomes",
                            PROGRAMME + "/experience"));

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
        for (var service : system.instances().keySet()) {
            var live = service + "-service";
            var audit = live + "-audit-" + runId;
            ServiceInstance rebuilt = null;
            try {
                offsets.moveToEnd(audit, offsets.committed(live).keySet());
                if (!offsets.awaitCaughtUp(List.of(live + "-read-models"), 1, CATCH_UP_LIMIT)) {
                    throw new IllegalStateException("live read models did not catch up within " + CATCH_UP_LIMIT);
                }
                int livePartitions = offsets.committed(live + "-read-models").size();
                // One rebuild at a time: four Spring contexts rebuilding at once on two shared cores miss their
                // readiness deadline.
                rebuilt = system.startAudit(service, audit, List.of());
                rebuilt.awaitReady();
                progress.accept("read models of " + service + " rebuilding under " + audit);
                if (!offsets.awaitCaughtUp(List.of(audit + "-read-models"), livePartitions, CATCH_UP_LIMIT)) {
                    throw new IllegalStateException("rebuilt read models did not catch up within " + CATCH_UP_LIMIT);
                }
                compare(
                        service,
                        system.instances().get(service).get(0).url(),
                        rebuilt.url(),
                        client,
                        students,
                        compared,
                        differences,
                        examples);
                progress.accept("read models of " + service + " compared");
            } catch (Exception e) {
                // Not compared is not equal: the check fails and says why.
                examples.add(service + ": " + e.getMessage());
                differences.incrementAndGet();
            } finally {
                if (rebuilt != null) {
                    rebuilt.stop();
                }
            }
        }
        return new CheckResult(
                "3. every read model equals a fold of the event log",
                differences.get() == 0,
                compared.get() + " read-model answers compared with a rebuild under a fresh application id: "
                        + differences.get() + " differences",
                new ArrayList<>(examples));
    }

    private static void compare(
            String service,
            String liveUrl,
            String rebuiltUrl,
            CarefulClient client,
            List<String> students,
            AtomicLong compared,
            AtomicLong differences,
            ConcurrentLinkedQueue<String> examples) {
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
                    var b = client.get(rebuiltUrl, query);
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
            try {
                pool.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
