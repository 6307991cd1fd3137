package edu.lifecycle.servicekit.topic;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics that are missing, before anything reads or writes them. Explicit creation, not the broker's
 * auto-creation, so partition counts and compaction are what the catalogue says; a startup that cannot reach the
 * broker fails instead of limping on.
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private static final Duration METADATA_PROPAGATION_BACKOFF = Duration.ofMillis(100);

    private final Map<String, Object> adminConfig;
    private final Duration timeout;

    public TopicProvisioner(Map<String, Object> adminConfig, Duration timeout) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.timeout = timeout;
    }

    public void ensure(Collection<NewTopic> topics) {
        try (var admin = Admin.create(adminConfig)) {
            Set<String> existing = await(admin.listTopics().names());
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .toList();
            if (!missing.isEmpty()) {
                create(admin, missing);
            }
            warnAboutPartitionCounts(admin, topics);
        }
    }

    private void create(Admin admin, List<NewTopic> missing) {
        var results = admin.createTopics(missing).values();
        for (var entry : results.entrySet()) {
            try {
                await(entry.getValue());
                log.info("Created topic {}", entry.getKey());
            } catch (IllegalStateException e) {
                // Another instance of the service created it at the same moment.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private void warnAboutPartitionCounts(Admin admin, Collection<NewTopic> topics) {
        Map<String, TopicDescription> described = describe(admin, topics);
        for (NewTopic topic : topics) {
            int actual = described.get(topic.name()).partitions().size();
            if (actual != topic.numPartitions()) {
                log.warn(
                        "Topic {} has {} partitions, the catalogue expects {}: co-partitioning may be broken",
                        topic.name(),
                        actual,
                        topic.numPartitions());
            }
        }
    }

    /**
     * Describes the topics, waiting while a topic just created (by this or another service) has not reached the
     * broker's metadata yet: it is then briefly unknown, and that is not an error.
     */
    private Map<String, TopicDescription> describe(Admin admin, Collection<NewTopic> topics) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return await(
                        admin.describeTopics(topics.stream().map(NewTopic::name).toList())
                                .allTopicNames());
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                LockSupport.parkNanos(METADATA_PROPAGATION_BACKOFF.toNanos());
            }
        }
    }

    private <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Cannot create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "The broker did not answer within " + timeout + " while creating topics", e);
        }
    }
}
