package edu.lifecycle.benchmarks.system;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * How far a consumer group (a Streams application) is behind on the partitions its members are assigned, read with
 * the admin client as an operator would: committed offsets against the latest offsets.
 */
final class GroupLag {

    static final Duration POLL = Duration.ofMillis(100);

    private GroupLag() {}

    /**
     * What the group still has to process, and on how many events of {@code exactTopics} it is measured; empty while
     * the group has no assignment. On {@code exactTopics} (written without transactions) the lag is exact. On the
     * others (repartition topics, topics written by transactions) the log ends with a commit marker, which the
     * group's committed offset may or may not have passed when it has read everything, so one record per
     * partition is not counted.
     */
    static Optional<Lag> of(Admin admin, String groupId, Set<String> exactTopics)
            throws ExecutionException, InterruptedException {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId))
                .describedGroups()
                .get(groupId)
                .get();
        Set<TopicPartition> assigned = new HashSet<>();
        for (MemberDescription member : group.members()) {
            assigned.addAll(member.assignment().topicPartitions());
        }
        if (assigned.isEmpty()) {
            return Optional.empty();
        }
        Map<TopicPartition, OffsetSpec> latestSpec = new HashMap<>();
        assigned.forEach(partition -> latestSpec.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> latest;
        try {
            latest = admin.listOffsets(latestSpec).all().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                // Streams has just created a repartition topic; the metadata has not reached the admin client yet.
                return Optional.empty();
            }
            throw e;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata()
                .get();
        long lag = 0;
        long measuredEvents = 0;
        for (TopicPartition partition : assigned) {
            long end = latest.get(partition).offset();
            OffsetAndMetadata offset = committed.get(partition);
            long behind = end - (offset == null ? 0 : offset.offset());
            if (exactTopics.contains(partition.topic())) {
                lag += Math.max(0, behind);
                measuredEvents += end;
            } else {
                lag += Math.max(0, behind - 1);
            }
        }
        return Optional.of(new Lag(lag, measuredEvents));
    }

    /** Polls until every group has an assignment and no lag; the last lags, by group. */
    static Map<String, Lag> awaitCaughtUp(
            Admin admin,
            Collection<String> groupIds,
            Set<String> exactTopics,
            long deadlineNanos,
            Consumer<String> progress)
            throws ExecutionException, InterruptedException {
        long lastReport = System.nanoTime();
        while (true) {
            Map<String, Lag> lags = new HashMap<>();
            boolean caughtUp = true;
            for (String groupId : groupIds) {
                Optional<Lag> lag = of(admin, groupId, exactTopics);
                caughtUp &= lag.isPresent() && lag.get().events() == 0;
                lag.ifPresent(value -> lags.put(groupId, value));
            }
            if (caughtUp) {
                return lags;
            }
            if (System.nanoTime() > deadlineNanos) {
                throw new IllegalStateException("Not caught up in time: " + lags + " of " + groupIds);
            }
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                progress.accept("lag " + lags);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * Polls until no consumer group of the cluster that has an assignment is behind (one record per partition
     * allowed for a commit marker); returns how long that took, in seconds.
     */
    static double awaitDrained(Admin admin, Duration limit, Consumer<String> progress)
            throws ExecutionException, InterruptedException {
        long begin = System.nanoTime();
        long lastReport = begin;
        while (true) {
            Map<String, Long> behind = new HashMap<>();
            for (var listing : admin.listConsumerGroups().all().get()) {
                Optional<Lag> lag = of(admin, listing.groupId(), Set.of());
                if (lag.isPresent() && lag.get().events() > 0) {
                    behind.put(listing.groupId(), lag.get().events());
                }
            }
            if (behind.isEmpty()) {
                return (System.nanoTime() - begin) / 1e9;
            }
            if (System.nanoTime() - begin > limit.toNanos()) {
                throw new IllegalStateException("Still behind after " + limit + ": " + behind);
            }
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                progress.accept("behind: " + behind);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** {@code events} still to process; {@code measuredEvents} on the exact topics assigned. */
    record Lag(long events, long measuredEvents) {}
}
