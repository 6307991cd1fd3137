package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.command.OutcomeStore;
import edu.lifecycle.servicekit.observe.KitObservations;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The topologies of a service. At run time the kit splits the definitions in two applications: the command side
 * (aggregates, policies and the kit's table of command outcomes) and the {@link ReadModelDefinition read models}
 * (the service's own and the kit's {@link PolicyRejectionsReadModel}).
 * {@link #build} puts everything in one topology, for {@code TopologyTestDriver} tests that feed events through
 * both sides.
 */
public final class ServiceTopology {

    private ServiceTopology() {}

    /** Every definition plus the kit's outcome table and policy-rejections read model, in one topology. */
    public static Topology build(List<TopologyDefinition> definitions, CommandTopics topics) {
        var builder = new StreamsBuilder();
        definitions.forEach(definition -> definition.define(builder));
        addOutcomeTable(builder, topics);
        new PolicyRejectionsReadModel(topics.policyRejections()).define(builder);
        return builder.build();
    }

    /** The command side: every definition that is not a read model, plus the outcome table. */
    public static Topology commandSide(List<TopologyDefinition> definitions, CommandTopics topics) {
        return commandSide(definitions, topics, new StreamsBuilder());
    }

    /** The command side, built by {@code builder} (e.g. one that {@link #observedBuilder observes} its processors). */
    public static Topology commandSide(
            List<TopologyDefinition> definitions, CommandTopics topics, StreamsBuilder builder) {
        definitions.stream()
                .filter(definition -> !(definition instanceof ReadModelDefinition))
                .forEach(definition -> definition.define(builder));
        addOutcomeTable(builder, topics);
        return builder.build();
    }

    /** The read models: the service's own and the kit's policy rejections. */
    public static Topology readModels(List<TopologyDefinition> definitions, CommandTopics topics) {
        return readModels(definitions, topics, new StreamsBuilder());
    }

    /** The read models, built by {@code builder}. */
    public static Topology readModels(
            List<TopologyDefinition> definitions, CommandTopics topics, StreamsBuilder builder) {
        definitions.stream()
                .filter(definition -> definition instanceof ReadModelDefinition)
                .forEach(definition -> definition.define(builder));
        new PolicyRejectionsReadModel(topics.policyRejections()).define(builder);
        return builder.build();
    }

    /**
     * A builder whose every processor, DSL ones included, is wrapped by {@link ObservingProcessorWrapper}: records
     * are traced and the application's staleness measured, with the service's {@link KitObservations}. Its streams
     * also read their {@link DeadLetterReplay replay topics}.
     *
     * @param applicationId the Streams application the topology is for
     * @param bootstrapServers its broker (the topology configuration must name one, though it connects to none)
     * @param role {@code commands} or {@code read-models}, as meters name the application
     */
    public static StreamsBuilder observedBuilder(
            String applicationId, String bootstrapServers, String role, KitObservations observations) {
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, ObservingProcessorWrapper.class);
        config.put(KitObservations.CONFIG_KEY, observations);
        config.put(ObservingProcessorWrapper.ROLE_KEY, role);
        return new ReplayingStreamsBuilder(new TopologyConfig(new StreamsConfig(config)), applicationId);
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

    /** The state stores of a topology, by name, global stores included. */
    public static Set<String> storeNames(Topology topology) {
        Set<String> stores = new TreeSet<>();
        TopologyDescription description = topology.describe();
        for (TopologyDescription.Subtopology subtopology : description.subtopologies()) {
            for (TopologyDescription.Node node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Processor processor) {
                    stores.addAll(processor.stores());
                }
            }
        }
        description
                .globalStores()
                .forEach(global -> stores.addAll(global.processor().stores()));
        return stores;
    }

    /** The topics the topology reads, by name (pattern subscriptions excluded). */
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
