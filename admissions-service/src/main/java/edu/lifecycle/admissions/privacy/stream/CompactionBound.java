package edu.lifecycle.admissions.privacy.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How long a superseded value may survive compaction in a compacted topic that holds personal data or its keys: the
 * active segment rolls after {@code bound} ({@code segment.ms}) and a segment is compacted at the latest {@code bound}
 * after its records were written ({@code max.compaction.lag.ms}), whatever the dirty ratio; the replaced segment file
 * is deleted at most a minute later.
 */
public record CompactionBound(Duration bound, List<String> topics) {

    public CompactionBound {
        topics = List.copyOf(topics);
    }

    /**
     * The topic settings that enforce the bound. A compacted segment's old file is deleted after
     * {@code file.delete.delay.ms} (the broker's default, one minute), or sooner when the bound is shorter.
     */
    public Map<String, String> settings() {
        String millis = Long.toString(bound.toMillis());
        String deleteDelay =
                Long.toString(Math.min(bound.toMillis(), Duration.ofMinutes(1).toMillis()));
        return Map.of(
                TopicConfig.SEGMENT_MS_CONFIG,
                millis,
                TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG,
                millis,
                TopicConfig.FILE_DELETE_DELAY_MS_CONFIG,
                deleteDelay);
    }

    /** Sets the bound on the topics, which must exist. */
    public void apply(Map<String, Object> adminConfig, Duration timeout) {
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (String topic : topics) {
            List<AlterConfigOp> operations = new ArrayList<>();
            settings()
                    .forEach((name, value) ->
                            operations.add(new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET)));
            changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), operations);
        }
        try (var admin = Admin.create(adminConfig)) {
            admin.incrementalAlterConfigs(changes).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while bounding compaction of " + topics, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot bound compaction of " + topics + ": " + e.getMessage(), e);
        }
    }
}
