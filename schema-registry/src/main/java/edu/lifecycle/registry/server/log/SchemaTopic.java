package edu.lifecycle.registry.server.log;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the schema topic when it is missing and refuses one that would lose or reorder schemas, as Confluent's
 * {@code KafkaStore.createOrVerifySchemaTopic} does.
 */
final class SchemaTopic {

    private static final Logger log = LoggerFactory.getLogger(SchemaTopic.class);
    private static final int MAX_REPLICATION = 3;
    private static final Duration RETRY_BACKOFF = Duration.ofMillis(50);

    private final Admin admin;
    private final String topic;
    private final Duration timeout;

    SchemaTopic(Admin admin, String topic, Duration timeout) {
        this.admin = admin;
        this.topic = topic;
        this.timeout = timeout;
    }

    void createOrVerify() {
        Instant deadline = Instant.now().plus(timeout);
        TopicDescription description = describe();
        if (description == null) {
            create();
            description = awaitDescription(deadline);
        }
        verifySinglePartition(description);
        verifyCompacted();
    }

    private void create() {
        int brokers = get(admin.describeCluster().nodes(), "count the brokers").size();
        // Like Confluent: replicate as much as the cluster allows, up to 3, so that a one-broker dev cluster works.
        short replication = (short) Math.min(brokers, MAX_REPLICATION);
        var newTopic = new NewTopic(topic, 1, replication)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            get(admin.createTopics(List.of(newTopic)).all(), "create the schema topic " + topic);
            log.info("Created the schema topic {} (1 partition, compacted, replication factor {})", topic, replication);
        } catch (SchemaLogException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** A new topic can take a moment to show up in the metadata of the broker that answers. */
    private TopicDescription awaitDescription(Instant deadline) {
        while (true) {
            TopicDescription description = describe();
            if (description != null) {
                return description;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new SchemaLogException(
                        "The schema topic " + topic + " did not appear after creation", true, null);
            }
            LockSupport.parkNanos(RETRY_BACKOFF.toNanos());
        }
    }

    private TopicDescription describe() {
        try {
            return get(admin.describeTopics(List.of(topic)).topicNameValues().get(topic), "describe " + topic);
        } catch (SchemaLogException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return null;
            }
            throw e;
        }
    }

    private void verifySinglePartition(TopicDescription description) {
        int partitions = description.partitions().size();
        if (partitions != 1) {
            throw new SchemaLogException(
                    "The schema topic " + topic + " has " + partitions + " partitions, but the registry needs exactly 1"
                            + " so that all schema records stay in one order. Delete the topic or use another one.",
                    false,
                    null);
        }
    }

    private void verifyCompacted() {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        var config =
                get(admin.describeConfigs(List.of(resource)).values().get(resource), "read the config of " + topic);
        var policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        String value = policy == null ? "" : policy.value();
        if (!TopicConfig.CLEANUP_POLICY_COMPACT.equals(value)) {
            throw new SchemaLogException(
                    "The schema topic " + topic + " has " + TopicConfig.CLEANUP_POLICY_CONFIG + "=" + value
                            + ", but the registry needs " + TopicConfig.CLEANUP_POLICY_COMPACT
                            + ": with any other policy, retention deletes registered schemas."
                            + " Set it to compact or use another topic.",
                    false,
                    null);
        }
    }

    private <T> T get(KafkaFuture<T> future, String action) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new SchemaLogException(
                    "Cannot " + action + ": " + e.getCause().getMessage(), false, e.getCause());
        } catch (TimeoutException e) {
            throw new SchemaLogException(
                    "Kafka did not answer within " + timeout.toMillis() + " ms when asked to " + action, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaLogException("Interrupted while trying to " + action, false, e);
        }
    }
}
