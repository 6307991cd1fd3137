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
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * How far a consumer group (a Streams application) is behind on the partitions its members are assigned, read with
 * the admin client as an operator would: committed offsets against the latest offsets.
 */
final class GroupLag {

    static final Duration POLL = Duration.ofMillis(100);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

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
        ConsumerGroupDescription group;
        try {
            group = admin.describeConsumerGroups(List.of(groupId))
                    .describedGroups()
                    .get(groupId)
                    .get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                // The application has not joined yet (or its group has just been removed).
                return Optional.empty();
            }
            throw e;
        }
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
        return pollUntil(
                () -> {
                    Map<String, Lag> lags = new HashMap<>();
                    boolean caughtUp = true;
                    for (String groupId : groupIds) {
                        Optional<Lag> lag = of(admin, groupId, exactTopics);
                        caughtUp &= lag.isPresent() && lag.get().events() == 0;
                        lag.ifPresent(value -> lags.put(groupId, value));
                    }
                    return new Look<>(caughtUp ? lags : null, lags);
                },
                deadlineNanos,
                "lag of " + groupIds,
                progress);
    }

    /**
     * Polls until no consumer group of the cluster that has an assignment is behind (one record per partition
     * allowed for a commit marker); returns how long that took, in seconds.
     */
    static double awaitDrained(Admin admin, Duration limit, Consumer<String> progress)
            throws ExecutionException, InterruptedException {
        long begin = System.nanoTime();
        return pollUntil(
                () -> {
                    Map<String, Long> behind = new HashMap<>();
                    for (var listing : admin.listConsumerGroups().all().get()) {
                        Optional<Lag> lag = of(admin, listing.groupId(), Set.of());
                        if (lag.isPresent() && lag.get().events() > 0) {
                            behind.put(listing.groupId(), lag.get().events());
                        }
                    }
                    return new Look<>(behind.isEmpty() ? (System.nanoTime() - begin) / 1e9 : null, behind);
                },
                begin + limit.toNanos(),
                "groups behind",
                progress);
    }

    /** One look at the cluster: what was awaited once it is there, else null and what is still missing. */
    private record Look<T>(T done, Object missing) {}

    @FunctionalInterface
    private interface Looking<T> {
        Look<T> look() throws ExecutionException, InterruptedException;
    }

    private static <T> T pollUntil(Looking<T> looking, long deadlineNanos, String what, Consumer<String> progress)
            throws ExecutionException, InterruptedException {
        long lastReport = System.nanoTime();
        while (true) {
            Look<T> look = looking.look();
            if (look.done() != null) {
                return look.done();
            }
            if (System.nanoTime() > deadlineNanos) {
                throw new IllegalStateException("Gave up waiting; " + what + ": " + look.missing());
            }
            if (System.nanoTime() - lastReport > REPORT_EVERY.toNanos()) {
                lastReport = System.nanoTime();
                progress.accept(what + ": " + look.missing());
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** {@code events} still to process; {@code measuredEvents} on the exact topics assigned. */
    record Lag(long events, long measuredEvents) {}
}
