package edu.lifecycle.chaos.oracle;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** Consumer groups' committed offsets, and waiting (bounded) until groups have caught up with their partitions. */
public final class GroupOffsets {

    private final Admin admin;

    public GroupOffsets(Admin admin) {
        this.admin = admin;
    }

    /** The group's committed offsets (next offset to read), by partition. */
    public Map<TopicPartition, Long> committed(String group) throws Exception {
        var offsets = new HashMap<TopicPartition, Long>();
        admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS)
                .forEach((partition, at) -> {
                    if (at != null) {
                        offsets.put(partition, at.offset());
                    }
                });
        return offsets;
    }

    public Map<String, Map<TopicPartition, Long>> committed(List<String> groups) throws Exception {
        var all = new HashMap<String, Map<TopicPartition, Long>>();
        for (var group : groups) {
            all.put(group, committed(group));
        }
        return all;
    }

    public Map<TopicPartition, Long> latest(Iterable<TopicPartition> partitions) throws Exception {
        var spec = new HashMap<TopicPartition, OffsetSpec>();
        partitions.forEach(partition -> spec.put(partition, OffsetSpec.latest()));
        var latest = new HashMap<TopicPartition, Long>();
        admin.listOffsets(spec).all().get(30, TimeUnit.SECONDS).forEach((p, info) -> latest.put(p, info.offset()));
        return latest;
    }

    /**
     * Waits until every group has committed at least {@code minimumPartitions} partitions and every one of them up to
     * its end (twice in a row, a poll apart: a commit may be in flight); false if {@code limit} passes first.
     */
    public boolean awaitCaughtUp(List<String> groups, int minimumPartitions, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int streak = 0;
        while (System.nanoTime() < deadline) {
            try {
                boolean all = true;
                for (var group : groups) {
                    var committed = committed(group);
                    if (committed.size() < minimumPartitions) {
                        all = false;
                        break;
                    }
                    var latest = latest(committed.keySet());
                    for (var entry : committed.entrySet()) {
                        if (entry.getValue() < latest.get(entry.getKey())) {
                            all = false;
                            break;
                        }
                    }
                }
                streak = all ? streak + 1 : 0;
                if (streak >= 2) {
                    return true;
                }
            } catch (Exception e) {
                streak = 0;
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        return false;
    }

    /** Sets the group's offsets to the current end of these partitions (the group must have no members). */
    public void moveToEnd(String group, Iterable<TopicPartition> partitions) throws Exception {
        var ends = new HashMap<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata>();
        latest(partitions)
                .forEach((p, end) -> ends.put(p, new org.apache.kafka.clients.consumer.OffsetAndMetadata(end)));
        admin.alterConsumerGroupOffsets(group, ends).all().get(30, TimeUnit.SECONDS);
    }
}
