package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The names of an aggregate's processor and sinks, derived from its name so they stay stable across releases. */
record AggregateNodes(
        String origin,
        String source,
        String processor,
        String outcomeSink,
        String policyRejectionSink,
        Map<String, String> sinksByTopic) {

    /**
     * @param commands the topic the aggregate reads its commands from: with its name, what names its events' origin
     * @param recordsPolicyRejections whether policies write to that topic, so that their refused commands are
     *     recorded; without it {@link #policyRejectionSink} is {@code null}
     */
    static AggregateNodes of(
            String commands, String aggregate, List<Topic<?, ?>> outputs, boolean recordsPolicyRejections) {
        return new AggregateNodes(
                commands + "/" + aggregate,
                aggregate + "-commands",
                aggregate + "-decide",
                aggregate + "-outcomes",
                recordsPolicyRejections ? aggregate + "-policy-rejections" : null,
                outputs.stream()
                        .map(Topic::name)
                        .distinct()
                        .collect(Collectors.toUnmodifiableMap(
                                Function.identity(), topic -> aggregate + "-to-" + topic)));
    }

    /**
     * The names of a second decide node of the same aggregate, fed by policy {@code policy} in the task that reads its
     * event: its own processor and sinks, the aggregate's origin (so events get the ids the commands topic would have
     * given them).
     */
    AggregateNodes forPolicy(String policy) {
        return new AggregateNodes(
                origin,
                null,
                policy + "-decide",
                policy + "-outcomes",
                policy + "-policy-rejections",
                sinksByTopic.keySet().stream()
                        .collect(Collectors.toUnmodifiableMap(Function.identity(), topic -> policy + "-to-" + topic)));
    }

    String sinkFor(String topic) {
        String sink = sinksByTopic.get(topic);
        if (sink == null) {
            throw new IllegalStateException(
                    "Topic " + topic + " is not among the aggregate's outputs " + sinksByTopic.keySet());
        }
        return sink;
    }
}
