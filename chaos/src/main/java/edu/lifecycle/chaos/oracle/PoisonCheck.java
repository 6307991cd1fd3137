package edu.lifecycle.chaos.oracle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * Oracle 4: every poison record is in the dead letters of each consumer that read it (one dead letter per consuming
 * group; when the headers name the consumer, each group by name), and every such group has committed past it: the
 * partition moved on.
 *
 * <p>The consumers of a partition are the groups that have committed an offset on it.
 */
public final class PoisonCheck {

    private PoisonCheck() {}

    /**
     * @param committed every group's committed offsets (group → partition → next offset to read)
     */
    public static CheckResult check(
            List<Poison> poisons, List<DeadLetter> letters, Map<String, Map<TopicPartition, Long>> committed) {
        var examples = new ArrayList<String>();
        int handled = 0;
        for (var poison : poisons) {
            var partition = new TopicPartition(poison.topic(), poison.partition());
            var consumers = new ArrayList<String>();
            var stuck = new ArrayList<String>();
            committed.forEach((group, offsets) -> {
                var at = offsets.get(partition);
                if (at != null) {
                    consumers.add(group);
                    if (at <= poison.offset()) {
                        stuck.add(group);
                    }
                }
            });
            var matching = letters.stream()
                    .filter(l -> poison.topic().equals(l.sourceTopic())
                            && l.sourcePartition() == poison.partition()
                            && l.sourceOffset() == poison.offset())
                    .toList();
            Set<String> namedConsumers = new HashSet<>();
            matching.forEach(l -> {
                if (l.consumer() != null) {
                    namedConsumers.add(l.consumer());
                }
            });
            boolean named = matching.stream().allMatch(l -> l.consumer() != null) && !matching.isEmpty();
            boolean lettered = named
                    ? consumers.stream()
                            .allMatch(group ->
                                    namedConsumers.stream().anyMatch(c -> c.contains(group) || group.contains(c)))
                    : matching.size() >= consumers.size() && !matching.isEmpty();
            boolean ok = !consumers.isEmpty() && lettered && stuck.isEmpty();
            if (ok) {
                handled++;
            } else {
                examples.add(poison.where() + " (" + poison.kind() + "): consumers " + consumers + ", dead letters "
                        + matching.size() + (stuck.isEmpty() ? "" : ", not moved on in " + stuck));
            }
        }
        return new CheckResult(
                "4. poison records dead-lettered by the consumer that failed, partition moved on",
                handled == poisons.size(),
                handled + "/" + poisons.size() + " poison records dead-lettered by every consumer and passed ("
                        + letters.size() + " dead letters on the cluster)",
                examples);
    }
}
