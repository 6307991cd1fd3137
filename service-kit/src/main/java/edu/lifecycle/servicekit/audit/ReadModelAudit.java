package edu.lifecycle.servicekit.audit;

import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a service's read models from the topics under a fresh application id and compares them key by key with the
 * live stores (interactive queries on this instance's partitions), as ARCHITECTURE §1 promises ("read models are
 * disposable: resetting the application replays the topics and rebuilds them exactly"). Both sides are first brought
 * to the same point: the end of every input topic when the audit starts; keys still differing are compared again
 * after one more catch-up, so a write during the audit is not reported as a defect. The fresh application's topics
 * are deleted afterwards.
 */
public final class ReadModelAudit {

    private static final Logger log = LoggerFactory.getLogger(ReadModelAudit.class);
    private static final int ROUNDS = 3;
    private static final Duration POLL = Duration.ofMillis(200);

    private final Supplier<Topology> readModels;
    private final String liveApplicationId;
    private final String rebuildPrefix;
    private final Function<String, Optional<KafkaStreams>> liveStreams;
    private final Supplier<Properties> streamsConfig;
    private final Map<String, Object> adminConfig;
    private final Path stateRoot;
    private final Clock clock;
    private final Duration timeout;

    /**
     * @param readModels builds the read models' topology anew (a topology runs in one application only)
     * @param liveApplicationId the live read models' application id
     * @param rebuildPrefix the fresh application id is this plus the audit's start time: it must fall under the
     *     service's rights (e.g. {@code billing-service-audit-})
     * @param liveStreams the live application holding a store
     * @param streamsConfig broker, login and registry settings for the rebuild (the application id is replaced), asked
     *     for at each run: they may name the web server's port, known only once it started
     */
    public ReadModelAudit(
            Supplier<Topology> readModels,
            String liveApplicationId,
            String rebuildPrefix,
            Function<String, Optional<KafkaStreams>> liveStreams,
            Supplier<Properties> streamsConfig,
            Map<String, Object> adminConfig,
            Path stateRoot,
            Clock clock,
            Duration timeout) {
        this.readModels = readModels;
        this.liveApplicationId = liveApplicationId;
        this.rebuildPrefix = rebuildPrefix;
        this.liveStreams = liveStreams;
        this.streamsConfig = streamsConfig;
        this.adminConfig = Map.copyOf(adminConfig);
        this.stateRoot = stateRoot;
        this.clock = clock;
        this.timeout = timeout;
    }

    public AuditReport run() {
        Instant started = clock.instant();
        String rebuildId = rebuildPrefix + started.toEpochMilli();
        Topology topology = readModels.get();
        Set<String> stores = ServiceTopology.storeNames(topology);
        List<String> inputs = ServiceTopology.sourceTopics(topology).stream()
                .filter(topic -> !topic.endsWith("-repartition"))
                .toList();
        Path stateDir = stateRoot.resolve(rebuildId);
        log.info("Auditing the read models of {}: rebuilding {} as {}", liveApplicationId, stores, rebuildId);
        try (var admin = Admin.create(adminConfig)) {
            // Its dead letters must have somewhere to go; they are deleted with its other topics.
            int partitions = partitionsOf(admin, inputs);
            await(admin.createTopics(List.of(
                            new NewTopic(DeadLetters.topicFor(rebuildId), Optional.of(partitions), Optional.empty())))
                    .all());
            var config = new Properties();
            config.putAll(streamsConfig.get());
            config.put(StreamsConfig.APPLICATION_ID_CONFIG, rebuildId);
            config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            config.remove(StreamsConfig.APPLICATION_SERVER_CONFIG);
            config.remove(StreamsConfig.consumerPrefix("group.instance.id"));
            var rebuilt = new KafkaStreams(topology, config);
            try {
                rebuilt.start();
                List<KeyDifference> differences = List.of();
                Map<String, Long> counts = new HashMap<>();
                Set<Integer> compared = new TreeSet<>();
                Set<String> skipped = new TreeSet<>();
                for (int round = 1; round <= ROUNDS; round++) {
                    var targets = endOffsets(admin, inputs);
                    awaitCaughtUp(admin, rebuildId, targets);
                    awaitCaughtUp(admin, liveApplicationId, targets);
                    counts.clear();
                    compared.clear();
                    differences = compare(rebuilt, stores, partitions, counts, compared, skipped);
                    if (differences.isEmpty()) {
                        break;
                    }
                    log.info("Audit round {}: {} keys differ, catching up once more", round, differences.size());
                }
                var report = new AuditReport(
                        liveApplicationId,
                        rebuildId,
                        List.copyOf(compared),
                        stores.stream()
                                .filter(store -> !skipped.contains(store))
                                .toList(),
                        List.copyOf(skipped),
                        counts.values().stream().mapToLong(Long::longValue).sum(),
                        differences,
                        started,
                        clock.instant());
                if (report.clean()) {
                    log.info("Audit of {}: {} keys compared, none differs", liveApplicationId, report.keysCompared());
                } else {
                    differences.forEach(difference -> log.warn(
                            "Audit of {}: store {} key {} (partition {}) {}",
                            liveApplicationId,
                            difference.store(),
                            difference.key(),
                            difference.partition(),
                            difference.kind()));
                }
                return report;
            } finally {
                rebuilt.close(Duration.ofSeconds(10));
                rebuilt.cleanUp();
                deleteTopicsOf(admin, rebuildId);
                deleteQuietly(stateDir);
            }
        }
    }

    private List<KeyDifference> compare(
            KafkaStreams rebuilt,
            Set<String> stores,
            int partitions,
            Map<String, Long> counts,
            Set<Integer> compared,
            Set<String> skipped) {
        List<KeyDifference> differences = new ArrayList<>();
        for (String store : stores) {
            KafkaStreams live = liveStreams.apply(store).orElse(null);
            if (live == null) {
                throw new IllegalStateException("The live read models are not running: store " + store);
            }
            for (int p = 0; p < partitions; p++) {
                final int partition = p;
                Map<String, Object> liveEntries;
                try {
                    liveEntries = whenRunning(live, () -> entries(live, store, partition), true);
                } catch (InvalidStateStoreException notHere) {
                    // Another instance holds this partition; the audit there compares it.
                    continue;
                } catch (IllegalArgumentException notKeyValue) {
                    skipped.add(store);
                    break;
                }
                Map<String, Object> rebuiltEntries =
                        whenRunning(rebuilt, () -> entries(rebuilt, store, partition), false);
                compared.add(partition);
                counts.merge(store, (long) Math.max(liveEntries.size(), rebuiltEntries.size()), Long::sum);
                differences.addAll(ReadModelComparison.compare(store, partition, liveEntries, rebuiltEntries));
            }
        }
        differences.sort(Comparator.comparing(KeyDifference::store).thenComparing(KeyDifference::key));
        return differences;
    }

    /**
     * Reads once the application runs: a store is not queryable while its application rebalances, which a fresh
     * application does more than once as it starts. A running application that still refuses a partition does not
     * hold it (the live side, with several instances); the rebuild holds them all, so it is asked until the deadline.
     */
    private Map<String, Object> whenRunning(
            KafkaStreams streams, Supplier<Map<String, Object>> read, boolean mayNotHold) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return read.get();
            } catch (InvalidStateStoreException e) {
                boolean running = streams.state() == KafkaStreams.State.RUNNING;
                if ((running && mayNotHold) || System.nanoTime() > deadline) {
                    throw e;
                }
                LockSupport.parkNanos(POLL.toNanos());
            }
        }
    }

    private Map<String, Object> entries(KafkaStreams streams, String store, int partition) {
        ReadOnlyKeyValueStore<Object, Object> local;
        try {
            local = streams.store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.keyValueStore())
                    .withPartition(partition));
        } catch (InvalidStateStoreException e) {
            if (e.getMessage() != null && e.getMessage().contains("type")) {
                throw new IllegalArgumentException(store + " is not a key-value store", e);
            }
            throw e;
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        try (var all = local.all()) {
            all.forEachRemaining(entry -> entries.put(String.valueOf(entry.key), entry.value));
        }
        return entries;
    }

    /** Until the group has committed up to the targets and to the end of its own repartition topics. */
    private void awaitCaughtUp(Admin admin, String group, Map<TopicPartition, Long> targets) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<TopicPartition, Long> wanted = new HashMap<>(targets);
            List<String> repartitions = await(admin.listTopics().names()).stream()
                    .filter(topic -> topic.startsWith(group + "-") && topic.endsWith("-repartition"))
                    .toList();
            if (!repartitions.isEmpty()) {
                wanted.putAll(endOffsets(admin, repartitions));
            }
            Map<TopicPartition, OffsetAndMetadata> committed =
                    await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
            boolean done = wanted.entrySet().stream()
                    .allMatch(target -> target.getValue() == 0
                            || (committed.get(target.getKey()) != null
                                    && committed.get(target.getKey()).offset() >= target.getValue()));
            if (done) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(group + " did not catch up with the topics within " + timeout);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    private Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        await(admin.describeTopics(topics).allTopicNames())
                .forEach((topic, description) -> description
                        .partitions()
                        .forEach(info -> latest.put(new TopicPartition(topic, info.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        await(admin.listOffsets(latest).all()).forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private int partitionsOf(Admin admin, List<String> topics) {
        return await(admin.describeTopics(topics).allTopicNames()).values().stream()
                .mapToInt(description -> description.partitions().size())
                .max()
                .orElse(1);
    }

    private void deleteTopicsOf(Admin admin, String applicationId) {
        try {
            var own = await(admin.listTopics().names()).stream()
                    .filter(topic -> topic.startsWith(applicationId + "-"))
                    .toList();
            await(admin.deleteTopics(own).all());
        } catch (RuntimeException e) {
            log.warn("Could not delete the topics of the audit's application {}: {}", applicationId, e.getMessage());
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the audit's state directory {}: {}", directory, e.getMessage());
        }
    }

    private <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the audit", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "The broker refused: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker did not answer within " + timeout, e);
        }
    }
}
