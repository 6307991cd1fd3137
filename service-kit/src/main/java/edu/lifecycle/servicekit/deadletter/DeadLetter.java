package edu.lifecycle.servicekit.deadletter;

import java.time.Instant;

/**
 * One dead letter as an operator sees it: where it lies ({@code consumer}'s topic, partition, offset), which record it
 * was (source topic, partition, offset, key) and why and when it was set aside.
 *
 * @param id {@code <partition>-<offset>} in the consumer's dead-letter topic
 * @param replayed whether it was replayed to its consumer already
 */
public record DeadLetter(
        String consumer,
        String id,
        int partition,
        long offset,
        String key,
        String sourceTopic,
        Integer sourcePartition,
        Long sourceOffset,
        String reasonType,
        String reason,
        Instant time,
        boolean replayed) {

    static String idOf(int partition, long offset) {
        return partition + "-" + offset;
    }

    DeadLetter markedReplayed() {
        return new DeadLetter(
                consumer,
                id,
                partition,
                offset,
                key,
                sourceTopic,
                sourcePartition,
                sourceOffset,
                reasonType,
                reason,
                time,
                true);
    }
}
