package edu.lifecycle.servicekit.topic;

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
        var policy = cleanup == Topic.Cleanup.COMPACT
                ? TopicConfig.CLEANUP_POLICY_COMPACT
                : TopicConfig.CLEANUP_POLICY_DELETE;
        return new NewTopic(name, partitions, replicationFactor)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, policy));
    }
}
