package edu.lifecycle.servicekit.query;

import static edu.lifecycle.servicekit.ledger.LedgerInstance.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import edu.lifecycle.servicekit.command.OutcomeStore;
import edu.lifecycle.servicekit.ledger.LedgerInstance;
import edu.lifecycle.servicekit.ledger.TestRuns;
import edu.lifecycle.servicekit.ledger.stream.AccountAggregate;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances of one service in one JVM, sharing the partitions: each answers for the other's keys. */
@KafkaStack
class QueryForwardingIntegrationTest {

    private static LedgerInstance a;
    private static LedgerInstance b;

    @BeforeAll
    static void startTwoInstances(StackEndpoints endpoints) {
        String run = TestRuns.newRun("forwarding");
        a = LedgerInstance.start(endpoints, run, "a", Map.of());
        b = LedgerInstance.start(endpoints, run, "b", Map.of());
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> bothShareThePartitions(a) && bothShareThePartitions(b));
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void keyOwnedByTheOtherInstanceIsAnsweredWithItsAnswer() {
        IntStream.range(0, 12)
                .forEach(i -> assertThat(a.post(
                                        "/api/v1/accounts",
                                        "{\"accountId\": \"fwd-" + i + "\", \"owner\": \"Owner " + i + "\"}")
                                .statusCode())
                        .isEqualTo(201));
        String ownedByB = IntStream.range(0, 12)
                .mapToObj(i -> "fwd-" + i)
                .filter(id -> ownedBy(b, AccountAggregate.STATE_STORE, id))
                .findFirst()
                .orElseThrow();
        assertThat(ownedBy(a, AccountAggregate.STATE_STORE, ownedByB)).isFalse();

        HttpResponse<String> viaA = a.get("/api/v1/accounts/" + ownedByB);
        HttpResponse<String> fromB = b.get("/api/v1/accounts/" + ownedByB);

        assertThat(viaA.statusCode()).isEqualTo(200);
        assertThat(viaA.body()).isEqualTo(fromB.body());
        assertThat(json(viaA).get("owner").asString()).isEqualTo("Owner " + ownedByB.substring(4));
    }

    @Test
    void commandOutcomeHeldByTheOtherInstanceIsAnsweredWithItsAnswer() {
        String key = IntStream.range(0, 50)
                .mapToObj(i -> "outcome-" + i + "-" + System.nanoTime())
                .filter(id -> ownedBy(b, OutcomeStore.NAME, id))
                .findFirst()
                .orElseThrow();
        assertThat(a.post(
                                "/api/v1/accounts",
                                "{\"accountId\": \"" + key + "\", \"owner\": \"Ada\"}",
                                "Idempotency-Key",
                                key)
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> viaA = await().atMost(Duration.ofSeconds(10))
                .until(() -> a.get("/api/v1/commands/" + key), answer -> answer.statusCode() == 200);

        assertThat(json(viaA).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(viaA.body()).isEqualTo(b.get("/api/v1/commands/" + key).body());
    }

    private static boolean ownedBy(LedgerInstance instance, String store, String key) {
        return instance.bean(StoreQueries.class).owner(store, key) instanceof KeyOwner.Local;
    }

    private static boolean bothShareThePartitions(LedgerInstance instance) {
        KafkaStreams streams = instance.bean(StreamsRuntime.class)
                .streamsHolding(OutcomeStore.NAME)
                .orElseThrow();
        return streams.state() == KafkaStreams.State.RUNNING
                && streams.metadataForAllStreamsClients().size() == 2
                && streams.metadataForAllStreamsClients().stream()
                        .allMatch(client -> !client.topicPartitions().isEmpty());
    }
}
