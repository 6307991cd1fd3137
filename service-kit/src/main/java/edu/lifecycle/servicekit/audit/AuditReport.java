package edu.lifecycle.servicekit.audit;

import java.time.Instant;
import java.util.List;

/**
 * What an audit compared and what it found.
 *
 * @param liveApplication the read models' Streams application audited
 * @param rebuildApplication the fresh application id the read models were rebuilt under
 * @param partitions the partitions compared: those this instance holds (run the audit on every instance of a service
 *     to cover them all)
 * @param stores the stores compared
 * @param skippedStores stores that are not key-value stores, not compared
 * @param keysCompared how many keys were compared, over all stores
 * @param differences the keys that differ; empty when the read models equal a fold of the topics
 */
public record AuditReport(
        String liveApplication,
        String rebuildApplication,
        List<Integer> partitions,
        List<String> stores,
        List<String> skippedStores,
        long keysCompared,
        List<KeyDifference> differences,
        Instant startedAt,
        Instant finishedAt) {

    public boolean clean() {
        return differences.isEmpty();
    }
}
