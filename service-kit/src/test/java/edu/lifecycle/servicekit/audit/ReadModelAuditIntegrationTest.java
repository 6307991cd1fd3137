package edu.lifecycle.servicekit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import edu.lifecycle.identity.Clients;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.ledger.LedgerInstance;
import edu.lifecycle.servicekit.ledger.TestRuns;
import edu.lifecycle.servicekit.ledger.stream.LedgerEntry;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.query.StoreUnavailableException;
import edu.lifecycle.servicekit.stream.ReadModelDefinition;
import edu.lifecycle.servicekit.stream.ReadModelStores;
import edu.lifecycle.servicekit.topic.TopicNames;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The read-model audit on a real broker: a projection that had a defect while some events went by leaves a live read
 * model that no longer equals a fold of the topics; the audit, rebuilding with the fixed projection, names that key
 * and only that key.
 */
@KafkaStack
class ReadModelAuditIntegrationTest {

    private static LedgerInstance ledger;

    @BeforeAll
    static void start(StackEndpoints endpoints) {
        String run = TestRuns.newRun("audit");
        String entries = new TopicNames(run + ".").of("ledger.entries");
        ledger = LedgerInstance.start(
                endpoints,
                run,
                "a",
                Map.of(),
                context -> context.getBeanFactory().registerSingleton("entryTotals", new EntryTotals(entries)));
        ledger.awaitReady();
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void aReadModelLeftWrongByAFixedProjectionDefectIsNamedKeyByKey() {
        open("acc-right");
        deposit("acc-right", 10);
        awaitLiveTotal("acc-right", 10); // projected before the defect: the read models run on their own
        EntryTotals.DEFECT.set(true);
        open("acc-wrong");
        deposit("acc-wrong", 7);
        awaitLiveTotal("acc-wrong", 14);
        EntryTotals.DEFECT.set(false); // the fix is deployed; the live store keeps what the defect wrote

        var response = ledger.send(HttpRequest.newBuilder(ledger.uri(ReadModelAuditController.PATH))
                .header("Authorization", ledger.identity().client(Clients.OPERATIONS))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = LedgerInstance.json(response);
        assertThat(report.get("stores").valueStream().map(JsonNode::asString)).contains(EntryTotals.STORE);
        assertThat(report.get("partitions").size())
                .as("one instance holds every partition")
                .isEqualTo(3);
        assertThat(report.get("keysCompared").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(report.get("differences")).hasSize(1);
        JsonNode difference = report.get("differences").get(0);
        assertThat(difference.get("store").asString()).isEqualTo(EntryTotals.STORE);
        assertThat(difference.get("key").asString()).isEqualTo("acc-wrong");
        assertThat(difference.get("kind").asString()).isEqualTo("DIFFERENT");
        assertThat(difference.get("live").asLong()).isEqualTo(14);
        assertThat(difference.get("rebuilt").asLong()).isEqualTo(7);
    }

    private static void open(String account) {
        assertThat(ledger.post("/api/v1/accounts", "{\"accountId\": \"" + account + "\", \"owner\": \"Ada\"}")
                        .statusCode())
                .isEqualTo(201);
    }

    private static void deposit(String account, long amount) {
        assertThat(ledger.post("/api/v1/accounts/" + account + "/deposits", "{\"amount\": " + amount + "}")
                        .statusCode())
                .isEqualTo(200);
    }

    private static void awaitLiveTotal(String account, long total) {
        var stores = ledger.bean(StoreQueries.class);
        await().atMost(Duration.ofSeconds(30))
                .ignoreException(StoreUnavailableException.class)
                .untilAsserted(() ->
                        assertThat(stores.<Long>get(EntryTotals.STORE, account)).contains(total));
    }

    /** Sums each account's ledger entries; while {@link #DEFECT} is set it counts every amount twice. */
    static final class EntryTotals implements ReadModelDefinition {

        static final String STORE = "entry-totals";
        static final AtomicBoolean DEFECT = new AtomicBoolean();

        private final String entries;

        EntryTotals(String entries) {
            this.entries = entries;
        }

        @Override
        public void define(StreamsBuilder builder) {
            builder.addStateStore(ReadModelStores.keyValue(STORE, Long.class));
            builder.stream(entries, Consumed.with(Serdes.String(), JsonSerde.of(LedgerEntry.class)))
                    .process(Totals::new, Named.as(STORE), STORE);
        }

        private static final class Totals implements Processor<String, LedgerEntry, Void, Void> {

            private KeyValueStore<String, Long> totals;

            @Override
            public void init(ProcessorContext<Void, Void> context) {
                totals = context.getStateStore(STORE);
            }

            @Override
            public void process(Record<String, LedgerEntry> record) {
                long amount = record.value().amount() * (DEFECT.get() ? 2 : 1);
                totals.put(
                        record.key(),
                        Optional.ofNullable(totals.get(record.key())).orElse(0L) + amount);
            }
        }
    }
}
