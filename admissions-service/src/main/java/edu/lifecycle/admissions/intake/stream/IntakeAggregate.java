package edu.lifecycle.admissions.intake.stream;

import edu.lifecycle.admissions.intake.IntakeDecider;
import edu.lifecycle.admissions.intake.IntakeKey;
import edu.lifecycle.admissions.intake.WaitlistEntry;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.state.StateSerde;
import edu.lifecycle.servicekit.stream.Aggregate;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serde;
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
 * The intake of one programme year on Kafka Streams: it places applicants within capacity and promotes from the
 * waitlist, and tells each application the outcome through the {@link IntakeNotices} it is given. Wired like the kit's
 * aggregates (same node and store names, same outcome and dead-letter contract) but decided by
 * {@link IntakeDecideProcessor}, which keeps each placed student in an entry of their own.
 */
public final class IntakeAggregate {

    public static final String NAME = "intake";
    /** By {@code programme/year}: the {@link IntakeRecord.Tally} (or, written by an earlier release, the whole intake). */
    public static final String STATE_STORE = Aggregate.stateStoreOf(NAME);

    public static final String PROCESSED_COMMANDS_STORE = Aggregate.processedCommandsStoreOf(NAME);
    /** By {@code programme/year|student}: every placed student's {@link PlacedStudent standing}. */
    public static final String STUDENTS_STORE = NAME + "-students";
    /** By {@code programme/year|seat number}: the seat holders, in the order they got their seat. */
    public static final String SEATS_STORE = NAME + "-seats";
    /** By {@code programme/year|rank}: the waitlist, in promotion order. */
    public static final String WAITLIST_STORE = NAME + "-waitlist";

    private IntakeAggregate() {}

    /**
     * Wires the intake: {@code commands} → decide (with its stores) → {@code outcomes} and the notices' topics.
     *
     * @param notices what each decision tells the applications
     */
    public static void attach(
            StreamsBuilder builder,
            Topic<String, CommandEnvelope> commands,
            Topic<String, CommandOutcome> outcomes,
            IntakeDecider decider,
            IntakeNotices notices) {
        var nodes = Nodes.of(commands, notices);
        KStream<Object, Object> decided = builder.stream(
                        commands.name(), commands.consumed().withName(NAME + "-commands"))
                .process(new Supplier(decider, notices, nodes), Named.as(NAME + "-decide"));
        decided.to(outcomes.name(), producedAsAny(outcomes, nodes.outcomeSink()));
        for (Topic<?, ?> output : notices.topics()) {
            decided.to(output.name(), producedAsAny(output, nodes.sinkFor(output.name())));
        }
    }

    /** The intake a commands topic's key names; throws when it names none (the command is dead-lettered). */
    static IntakeKey keyOf(String key) {
        return IntakeKey.parse(key)
                .orElseThrow(() -> new IllegalArgumentException("Not an intake key (programme/year): '" + key + "'"));
    }

    @SuppressWarnings("unchecked") // the processor forwards to each sink only records of that sink's topic
    private static Produced<Object, Object> producedAsAny(Topic<?, ?> topic, String sinkName) {
        Produced<?, ?> produced = Produced.with(topic.keySerde(), topic.valueSerde());
        return ((Produced<Object, Object>) produced).withName(sinkName);
    }

    /** The names the kit would give: the events' origin and the sinks. */
    record Nodes(String origin, String outcomeSink, Map<String, String> sinksByTopic) {

        static Nodes of(Topic<String, CommandEnvelope> commands, IntakeNotices notices) {
            return new Nodes(
                    commands.name() + "/" + NAME,
                    NAME + "-outcomes",
                    notices.topics().stream()
                            .map(Topic::name)
                            .distinct()
                            .collect(
                                    Collectors.toUnmodifiableMap(Function.identity(), topic -> NAME + "-to-" + topic)));
        }

        String sinkFor(String topic) {
            String sink = sinksByTopic.get(topic);
            if (sink == null) {
                throw new IllegalStateException(
                        "Topic " + topic + " is not among the intake's outputs " + sinksByTopic.keySet());
            }
            return sink;
        }
    }

    private record Supplier(IntakeDecider decider, IntakeNotices notices, Nodes nodes)
            implements ProcessorSupplier<String, CommandEnvelope, Object, Object> {

        @Override
        public Processor<String, CommandEnvelope, Object, Object> get() {
            return new IntakeDecideProcessor(decider, notices, nodes);
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(
                    store(STATE_STORE, new IntakeRecordSerde()),
                    store(PROCESSED_COMMANDS_STORE, Aggregate.processedCommandsSerde()),
                    store(STUDENTS_STORE, StateSerde.of(PlacedStudent.class)),
                    store(SEATS_STORE, Serdes.String()),
                    store(WAITLIST_STORE, StateSerde.of(WaitlistEntry.class)));
        }

        private static <V> StoreBuilder<?> store(String name, Serde<V> values) {
            return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
        }
    }
}
