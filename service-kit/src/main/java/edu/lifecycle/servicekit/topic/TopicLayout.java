package edu.lifecycle.servicekit.topic;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How many partitions and replicas every topic of the service gets. All public topics share one partition count so
 * that they stay co-partitioned: a student's records sit in the same partition number everywhere.
 */
public record TopicLayout(int partitions, short replicationFactor) {

    public TopicLayout {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replication factor must be at least 1, not " + replicationFactor);
        }
    }

    public NewTopic newTopic(String name, Topic.Cleanup cleanup) {
        return new NewTopic(name, partitions, replicationFactor).configs(configs(cleanup));
    }

    /** A topic whose records expire after {@code retention}: dead letters and their replays. */
    public NewTopic expiringTopic(String name, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention of " + name + " must be positive, not " + retention);
        }
        return new NewTopic(name, partitions, replicationFactor)
                .configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG,
                        Long.toString(retention.toMillis())));
    }

    static Map<String, String> configs(Topic.Cleanup cleanup) {
        return switch (cleanup) {
            case KEEP ->
                Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG,
                        "-1");
            case EXPIRE -> Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
            case COMPACT -> Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        };
    }
}
