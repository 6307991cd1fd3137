package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.command.OutcomeStore;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;

/** The whole topology of a service: its definitions plus the kit's table of command outcomes. */
public final class ServiceTopology {

    private ServiceTopology() {}

    public static Topology build(List<TopologyDefinition> definitions, CommandTopics topics) {
        var builder = new StreamsBuilder();
        definitions.forEach(definition -> definition.define(builder));
        addOutcomeTable(builder, topics);
        return builder.build();
    }

    /** The queryable table behind {@code GET /api/v1/commands/{id}}: every outcome by command id. */
    public static void addOutcomeTable(StreamsBuilder builder, CommandTopics topics) {
        var outcomes = topics.outcomes();
        builder.table(
                outcomes.name(),
                outcomes.consumed().withName(OutcomeStore.NAME + "-source"),
                Materialized.<String, CommandOutcome, KeyValueStore<Bytes, byte[]>>as(OutcomeStore.NAME)
                        .withKeySerde(outcomes.keySerde())
                        .withValueSerde(outcomes.valueSerde()));
    }

    /** The topics the topology reads, by name (pattern subscriptions excluded); each gets a dead-letter topic. */
    public static Set<String> sourceTopics(Topology topology) {
        Set<String> topics = new TreeSet<>();
        for (TopologyDescription.Subtopology subtopology : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    topics.addAll(source.topicSet());
                }
            }
        }
        return topics;
    }
}
