package edu.lifecycle.chaos.faults;

import edu.lifecycle.chaos.system.ServiceInstance;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How long a killed instance's partitions wait: before the kill, the partitions its static members hold in its
 * service's two Streams groups and their committed offsets; after, the first moment each of them that has records
 * waiting is committed past that offset again (by the restarted instance or the other one). The kill's recovery
 * time is the slowest of its partitions. A partition without a record arriving is not counted: nothing shows it
 * was processed.
 */
public final class RecoveryMeter {

    static final Duration POLL = Duration.ofMillis(250);
    /** With no record arriving for the instance's partitions this long after the kill, there is nothing to measure. */
    static final Duration NO_WORK_WINDOW = Duration.ofSeconds(30);

    private final Admin admin;

    public RecoveryMeter(Admin admin) {
        this.admin = admin;
    }

    /** The partitions an instance holds, and where each group had committed them. */
    public record Held(Map<GroupPartition, Long> committed) {}

    public record GroupPartition(String group, TopicPartition partition) {}

    /**
     * The measured wait of one kill.
     *
     * @param waited until the last partition with work was processed again; empty if one was still waiting at the
     *     limit
     * @param partitions partitions with work waiting that were measured
     */
    public record Recovery(String instance, Optional<Duration> waited, int partitions) {}

    public static List<String> groupsOf(String service) {
        var applicationId = service + "-service";
        return List.of(applicationId, applicationId + "-read-models");
    }

    /** What {@code instance} holds now; empty when its id or assignment cannot be read. */
    public Held held(ServiceInstance instance) {
        var committed = new HashMap<GroupPartition, Long>();
        var id = instance.instanceId();
        if (id.isEmpty()) {
            return new Held(committed);
        }
        try {
            var groups = groupsOf(instance.service());
            var described = admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS);
            for (var group : groups) {
                var partitions = new HashSet<TopicPartition>();
                described.get(group).members().stream()
                        .filter(member -> member.groupInstanceId()
                                .map(memberId -> memberId.startsWith(id.get()))
                                .orElse(false))
                        .forEach(member -> partitions.addAll(member.assignment().topicPartitions()));
                var offsets = offsets(group);
                for (var partition : partitions) {
                    var at = offsets.get(partition);
                    if (at != null) {
                        committed.put(new GroupPartition(group, partition), at.offset());
                    }
                }
            }
        } catch (Exception e) {
            // unknown holdings: this kill is not measured
        }
        return new Held(committed);
    }

    /**
     * Kills {@code instance}, starts it again after {@code down}, and measures until its partitions with work waiting
     * are processed again, or {@code limit} passes.
     */
    public Recovery killAndMeasure(ServiceInstance instance, Duration down, Duration limit) {
        var held = held(instance);
        long killedAt = System.nanoTime();
        instance.kill();
        boolean restarted = false;
        var progressed = new HashMap<GroupPartition, Long>();
        long deadline = killedAt + limit.toNanos();
        Set<GroupPartition> withWork = new HashSet<>();
        while (System.nanoTime() < deadline) {
            if (!restarted && System.nanoTime() - killedAt >= down.toNanos()) {
                instance.start();
                restarted = true;
            }
            if (restarted) {
                measure(held, killedAt, progressed, withWork);
                if (!withWork.isEmpty() && progressed.keySet().containsAll(withWork)) {
                    break;
                }
                if (withWork.isEmpty() && System.nanoTime() - killedAt > NO_WORK_WINDOW.toNanos()) {
                    break;
                }
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        if (!restarted) {
            instance.start();
        }
        instance.awaitReady();
        if (withWork.isEmpty()) {
            return new Recovery(instance.name(), Optional.of(Duration.ZERO), 0);
        }
        if (!progressed.keySet().containsAll(withWork)) {
            return new Recovery(instance.name(), Optional.empty(), withWork.size());
        }
        long last = withWork.stream().mapToLong(progressed::get).max().orElse(killedAt);
        return new Recovery(instance.name(), Optional.of(Duration.ofNanos(last - killedAt)), withWork.size());
    }

    private void measure(Held held, long killedAt, Map<GroupPartition, Long> progressed, Set<GroupPartition> withWork) {
        try {
            var ends = new HashMap<TopicPartition, OffsetSpec>();
            held.committed().keySet().forEach(gp -> ends.put(gp.partition(), OffsetSpec.latest()));
            var latest = admin.listOffsets(ends).all().get(5, TimeUnit.SECONDS);
            var byGroup = new HashMap<String, Map<TopicPartition, OffsetAndMetadata>>();
            long now = System.nanoTime();
            for (var entry : held.committed().entrySet()) {
                var gp = entry.getKey();
                long before = entry.getValue();
                if (latest.get(gp.partition()).offset() > before) {
                    withWork.add(gp);
                }
                var offsets = byGroup.computeIfAbsent(gp.group(), this::offsetsQuietly);
                var at = offsets.get(gp.partition());
                if (at != null && at.offset() > before) {
                    progressed.putIfAbsent(gp, now);
                }
            }
        } catch (Exception e) {
            // a broker restarting: ask again at the next poll
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> offsetsQuietly(String group) {
        try {
            return offsets(group);
        } catch (Exception e) {
            return Map.of();
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> offsets(String group) throws Exception {
        var offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(5, TimeUnit.SECONDS);
        var present = new HashMap<TopicPartition, OffsetAndMetadata>();
        offsets.forEach((partition, at) -> {
            if (at != null) {
                present.put(partition, at);
            }
        });
        return present;
    }
}
