package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Wires an aggregate into a topology: its commands topic → the decide processor (with its state and
 * processed-commands stores) → sinks for the outcomes and each output topic. A command that cannot be decided is
 * dead-lettered by {@link DeadLetterProcessingHandler}, raw as it was read, to the application's own dead-letter topic.
 */
public final class Aggregates {

    private Aggregates() {}

    /**
     * An aggregate fed by the service's own {@code <service>.commands} topic, where clients write: the rejections of
     * policies' commands also go to {@code <service>.policy-rejections}. Hand the result to {@link Policies#decide} for
     * each policy that commands the aggregate.
     */
    public static AttachedAggregate attach(StreamsBuilder builder, CommandTopics topics, Aggregate<?, ?, ?> aggregate) {
        var attached = attach(builder, topics.commands(), topics.outcomes(), aggregate, true);
        attached.decided()
                .to(
                        topics.policyRejections().name(),
                        producedAsAny(
                                topics.policyRejections(), attached.names().policyRejectionSink()));
        return new AttachedAggregate(aggregate, attached.names(), topics);
    }

    /** An aggregate fed by another commands topic (e.g. one keyed by programme-year instead of student). */
    public static void attach(
            StreamsBuilder builder,
            Topic<String, CommandEnvelope> commands,
            Topic<String, CommandOutcome> outcomes,
            Aggregate<?, ?, ?> aggregate) {
        attach(builder, commands, outcomes, aggregate, false);
    }

    private record Attached(KStream<Object, Object> decided, AggregateNodes names) {}

    private static Attached attach(
            StreamsBuilder builder,
            Topic<String, CommandEnvelope> commands,
            Topic<String, CommandOutcome> outcomes,
            Aggregate<?, ?, ?> aggregate,
            boolean recordsPolicyRejections) {
        var nodes = AggregateNodes.of(commands.name(), aggregate.name(), aggregate.outputs(), recordsPolicyRejections);
        KStream<Object, Object> decided = builder.stream(
                        commands.name(), commands.consumed().withName(nodes.source()))
                .process(new DecideProcessorSupplier<>(aggregate, nodes, true), Named.as(nodes.processor()));
        toOutcomesAndOutputs(decided, outcomes, aggregate, nodes);
        return new Attached(decided, nodes);
    }

    /**
     * A second decide node of the {@code attached} aggregate, for the commands a policy derives in the task that reads
     * its event: it shares the aggregate's stores (so Streams puts the event's topic and the commands topic in one
     * task, which the co-partitioning by student makes right) and writes where the aggregate's own node writes.
     */
    static void decideInPlace(
            KStream<String, CommandEnvelope> commands, AttachedAggregate attached, AggregateNodes nodes) {
        var aggregate = attached.aggregate();
        KStream<Object, Object> decided = commands.process(
                new DecideProcessorSupplier<>(aggregate, nodes, false),
                Named.as(nodes.processor()),
                aggregate.stateStore(),
                aggregate.processedCommandsStore());
        toOutcomesAndOutputs(decided, attached.topics().outcomes(), aggregate, nodes);
        var rejections = attached.topics().policyRejections();
        decided.to(rejections.name(), producedAsAny(rejections, nodes.policyRejectionSink()));
    }

    private static void toOutcomesAndOutputs(
            KStream<Object, Object> decided,
            Topic<String, CommandOutcome> outcomes,
            Aggregate<?, ?, ?> aggregate,
            AggregateNodes nodes) {
        decided.to(outcomes.name(), producedAsAny(outcomes, nodes.outcomeSink()));
        for (Topic<?, ?> output : aggregate.outputs()) {
            decided.to(output.name(), producedAsAny(output, nodes.sinkFor(output.name())));
        }
    }

    @SuppressWarnings("unchecked") // the processor forwards to each sink only records of that sink's topic
    private static Produced<Object, Object> producedAsAny(Topic<?, ?> topic, String sinkName) {
        Produced<?, ?> produced = Produced.with(topic.keySerde(), topic.valueSerde());
        return ((Produced<Object, Object>) produced).withName(sinkName);
    }

    /** @param ownsStores whether the stores are declared here, or only connected by name (a second decide node) */
    private record DecideProcessorSupplier<S, C, E>(
            Aggregate<S, C, E> aggregate, AggregateNodes nodes, boolean ownsStores)
            implements ProcessorSupplier<String, CommandEnvelope, Object, Object> {

        @Override
        public Processor<String, CommandEnvelope, Object, Object> get() {
            return new DecideProcessor<>(aggregate, nodes);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            if (!ownsStores) {
                return null;
            }
            return Set.of(
                    Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(aggregate.stateStore()),
                            Serdes.String(),
                            aggregate.stateSerde()),
                    Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(aggregate.processedCommandsStore()),
                            Serdes.String(),
                            Aggregate.processedCommandsSerde()));
        }
    }
}
