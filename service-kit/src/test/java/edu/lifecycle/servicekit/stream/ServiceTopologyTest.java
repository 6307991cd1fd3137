package edu.lifecycle.servicekit.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.command.OutcomeStore;
import edu.lifecycle.servicekit.ledger.stream.LedgerEntry;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopics;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopology;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.Test;

class ServiceTopologyTest {

    private static final String ENTRY_COUNTS = "entry-counts";

    private final TopicNames names = TopicNames.unprefixed();
    private final CommandTopics commandTopics = CommandTopics.forService(names, "ledger");
    private final LedgerTopics topics =
            new LedgerTopics(names, commandTopics, new AvroSerdes("mock://service-topology").values());
    private final List<TopologyDefinition> definitions = List.of(new LedgerTopology(topics), new EntryCounts(topics));

    @Test
    void theCommandSideHasTheAggregatesAndTheOutcomeTableButNoReadModel() {
        Set<String> stores = ServiceTopology.storeNames(ServiceTopology.commandSide(definitions, commandTopics));

        assertThat(stores).contains(OutcomeStore.NAME).doesNotContain(ENTRY_COUNTS);
        assertThat(stores.stream().filter(store -> store.contains("account"))).isNotEmpty();
    }

    @Test
    void theReadModelsAreTheirOwnTopologyReadingTheEvents() {
        var readModels = ServiceTopology.readModels(definitions, commandTopics);

        assertThat(ServiceTopology.storeNames(readModels))
                .containsExactly(ENTRY_COUNTS, PolicyRejectionsReadModel.STORE);
        assertThat(ServiceTopology.sourceTopics(readModels))
                .containsExactlyInAnyOrder(
                        topics.entries().name(),
                        commandTopics.policyRejections().name());
    }

    @Test
    void aServiceWithoutReadModelsOfItsOwnStillShowsItsPolicyRejections() {
        var readModels = ServiceTopology.readModels(List.of(new LedgerTopology(topics)), commandTopics);

        assertThat(ServiceTopology.storeNames(readModels)).containsExactly(PolicyRejectionsReadModel.STORE);
    }

    @Test
    void aStoreMayBelongToOneApplicationOnly() {
        var commands =
                new StreamsApplication("commands", ServiceTopology.build(definitions, commandTopics), Properties::new);
        var readModels = new StreamsApplication(
                "read-models", ServiceTopology.readModels(definitions, commandTopics), Properties::new);

        assertThatThrownBy(() -> new StreamsRuntime(List.of(commands, readModels), 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ENTRY_COUNTS);
    }

    /** A read model: how many entries each account has. */
    private record EntryCounts(LedgerTopics topics) implements ReadModelDefinition {

        @Override
        public void define(StreamsBuilder builder) {
            builder.stream(topics.entries().name(), topics.entries().consumed()).process(new Counting());
        }
    }

    private static final class Counting implements ProcessorSupplier<String, LedgerEntry, Void, Void> {

        @Override
        public Processor<String, LedgerEntry, Void, Void> get() {
            return new Processor<>() {
                private KeyValueStore<String, Long> counts;

                @Override
                public void init(ProcessorContext<Void, Void> context) {
                    counts = context.getStateStore(ENTRY_COUNTS);
                }

                @Override
                public void process(Record<String, LedgerEntry> record) {
                    Long count = counts.get(record.key());
                    counts.put(record.key(), count == null ? 1 : count + 1);
                }
            };
        }

        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(ReadModelStores.keyValue(ENTRY_COUNTS, Serdes.Long()));
        }
    }
}
