package edu.lifecycle.servicekit.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import edu.lifecycle.identity.Clients;
import edu.lifecycle.servicekit.config.ServiceKitProperties;
import edu.lifecycle.servicekit.ledger.LedgerInstance;
import edu.lifecycle.servicekit.ledger.TestRuns;
import edu.lifecycle.servicekit.ledger.bank.TransferReceived;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopics;
import edu.lifecycle.servicekit.stream.DeadLetterReplay;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The operator's dead-letter endpoints on a real broker: a consumer's dead letters listed by source and reason, shown
 * decoded, replayed to that consumer (applied once however often they are replayed), and purged.
 */
@KafkaStack
class DeadLetterToolIntegrationTest {

    private static StackEndpoints stack;
    private static LedgerInstance ledger;
    private static LedgerTopics topics;
    private static String consumer;

    @BeforeAll
    static void start(StackEndpoints endpoints) {
        stack = endpoints;
        ledger = LedgerInstance.start(endpoints, TestRuns.newRun("dlt-tool"), "a", Map.of());
        ledger.awaitReady();
        topics = ledger.bean(LedgerTopics.class);
        consumer = ledger.bean(ServiceKitProperties.class).applicationId();
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void aDeadLetteredTransferReplayedAfterTheFixIsAppliedOnceHoweverOftenItIsReplayed() {
        assertThat(ledger.post("/api/v1/accounts", "{\"accountId\": \"acc-replay\", \"owner\": \"Ada\"}")
                        .statusCode())
                .isEqualTo(201);
        // A transfer the policy of an older release failed on (the defect is fixed in the running one).
        byte[] raw = serialized(transfer("t-replay", "acc-replay", 25));
        var headers = DeadLetters.headers(
                new RecordHeaders(),
                new IllegalStateException("a defect fixed since"),
                consumer,
                topics.transfers().name(),
                0,
                41,
                Instant.parse("2026-09-01T10:00:00Z"));
        produce(new ProducerRecord<>(DeadLetters.topicFor(consumer), null, bytes("acc-replay"), raw, headers));

        JsonNode letter = awaitDeadLetter("acc-replay", 1).get(0);
        assertThat(letter.get("sourceTopic").asString())
                .isEqualTo(topics.transfers().name());
        assertThat(letter.get("reasonType").asString()).isEqualTo("IllegalStateException");
        assertThat(letter.get("time").asString()).isEqualTo("2026-09-01T10:00:00Z");
        assertThat(letter.get("replayed").asBoolean()).isFalse();
        String path = DeadLettersController.PATH + "/" + consumer + "/"
                + letter.get("id").asString();
        assertThat(keysListed("?from=2026-09-01T09:59:00Z&to=2026-09-01T10:01:00Z"))
                .contains("acc-replay");
        assertThat(keysListed("?to=2026-09-01T10:00:00Z"))
                .as("set aside at 10:00, not before")
                .doesNotContain("acc-replay");
        assertThat(ledger.get(DeadLettersController.PATH + "?from=yesterday").statusCode())
                .as("a time that is not ISO-8601 is the caller's mistake")
                .isEqualTo(400);

        JsonNode shown = LedgerInstance.json(ledger.get(path));
        assertThat(shown.get("content").get("format").asString()).isEqualTo("avro");
        assertThat(shown.get("content").get("value").get("amountMinor").asLong())
                .isEqualTo(25);
        assertThat(shown.get("headers").get(DeadLetters.CONSUMER).asString()).isEqualTo(consumer);

        var byTheViewer = ledger.send(HttpRequest.newBuilder(ledger.uri(path + "/replay"))
                .header("Authorization", ledger.identity().client(Clients.METRICS))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(byTheViewer.statusCode())
                .as("operations-viewer reads dead letters and replays none")
                .isEqualTo(403);
        assertThat(LedgerInstance.json(byTheViewer).get("detail").asString()).contains("operations-engineer");

        assertThat(post(path + "/replay").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(balanceOf("acc-replay")).isEqualTo(25));
        assertThat(post(path + "/replay").statusCode()).isEqualTo(202);
        var all = post(DeadLettersController.PATH + "/" + consumer + "/replay?again=true&sourceTopic="
                + topics.transfers().name());
        assertThat(all.statusCode()).isEqualTo(202);
        awaitReplaysConsumed();

        assertThat(balanceOf("acc-replay"))
                .as("three replays of one transfer, one deposit")
                .isEqualTo(25);
        assertThat(awaitDeadLetter("acc-replay", 1).get(0).get("replayed").asBoolean())
                .isTrue();
    }

    @Test
    void aPoisonTransferIsListedByReasonItsReplayFailsAgainIntoTheSameConsumersDeadLettersAndAPurgeRemovesThem() {
        produce(new ProducerRecord<>(
                topics.transfers().name(), bytes("acc-poison"), serialized(transfer("t-neg", "acc-poison", -5))));

        JsonNode letter = awaitDeadLetter("acc-poison", 1).get(0);
        assertThat(letter.get("reasonType").asString()).isEqualTo("PolicyTranslationException");
        assertThat(letter.get("reason").asString()).contains("positive amount");
        assertThat(letter.get("consumer").asString()).isEqualTo(consumer);
        var byReason = LedgerInstance.json(ledger.get(
                DeadLettersController.PATH + "?consumer=" + consumer + "&reason=PolicyTranslationException"));
        assertThat(byReason.get("items")
                        .valueStream()
                        .map(item -> item.get("key").asString()))
                .contains("acc-poison");

        var replay = post(DeadLettersController.PATH + "/" + consumer + "/"
                + letter.get("id").asString() + "/replay");
        assertThat(replay.statusCode()).isEqualTo(202);
        List<JsonNode> both = awaitDeadLetter("acc-poison", 2);
        var again = LedgerInstance.json(ledger.get(DeadLettersController.PATH + "/" + consumer + "/"
                + both.get(1).get("id").asString()));
        assertThat(again.get("headers").get(DeadLetterReplay.REPLAY_OF).asString())
                .as("the replay reached the consumer, which set it aside again")
                .isEqualTo(DeadLetters.topicFor(consumer) + "/"
                        + letter.get("partition").asInt() + "/"
                        + letter.get("offset").asLong());
        assertThat(both.get(1).get("sourceTopic").asString())
                .isEqualTo(topics.transfers().name());

        var purge = ledger.send(HttpRequest.newBuilder(ledger.uri(DeadLettersController.PATH + "/" + consumer))
                .header("Authorization", engineer())
                .DELETE());
        assertThat(purge.statusCode()).isEqualTo(200);
        assertThat(LedgerInstance.json(purge).get("purged").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(deadLettersOf("acc-poison")).isEmpty();
    }

    @Test
    void operatorsListingAtOnceEachSeeEveryDeadLetterIncludingOneSetAsideBetweenTheirRequests() throws Exception {
        var headers = DeadLetters.headers(
                new RecordHeaders(),
                new IllegalStateException("first"),
                consumer,
                topics.transfers().name(),
                0,
                7,
                Instant.parse("2026-09-02T10:00:00Z"));
        produce(new ProducerRecord<>(DeadLetters.topicFor(consumer), null, bytes("acc-many"), bytes("x"), headers));
        awaitDeadLetter("acc-many", 1);

        // The service keeps one reader between requests: four at once must each get the whole list, not a share.
        var pool = Executors.newFixedThreadPool(4);
        try {
            var lists = new ArrayList<Future<List<JsonNode>>>();
            for (int i = 0; i < 4; i++) {
                lists.add(pool.submit(() -> deadLettersOf("acc-many")));
            }
            for (var list : lists) {
                assertThat(list.get(60, TimeUnit.SECONDS)).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }

        produce(new ProducerRecord<>(DeadLetters.topicFor(consumer), null, bytes("acc-many"), bytes("y"), headers));
        assertThat(awaitDeadLetter("acc-many", 2))
                .as("a dead letter set aside after the reader last read is listed on the next request")
                .hasSize(2);
    }

    @Test
    void anUnknownConsumerOrDeadLetterIsNotFound() {
        assertThat(ledger.get(DeadLettersController.PATH + "?consumer=billing-service")
                        .statusCode())
                .isEqualTo(404);
        assertThat(ledger.get(DeadLettersController.PATH + "/" + consumer + "/0-999999")
                        .statusCode())
                .isEqualTo(404);
    }

    private static List<JsonNode> awaitDeadLetter(String key, int count) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            found.clear();
            found.addAll(deadLettersOf(key));
            assertThat(found).hasSize(count);
        });
        return found;
    }

    private static List<String> keysListed(String query) {
        var response = ledger.get(DeadLettersController.PATH + query);
        assertThat(response.statusCode()).isEqualTo(200);
        return LedgerInstance.json(response)
                .get("items")
                .valueStream()
                .map(item -> item.get("key").asString())
                .toList();
    }

    private static List<JsonNode> deadLettersOf(String key) {
        var response = ledger.get(DeadLettersController.PATH + "?consumer=" + consumer);
        assertThat(response.statusCode()).isEqualTo(200);
        return LedgerInstance.json(response)
                .get("items")
                .valueStream()
                .filter(item -> key.equals(item.get("key").asString()))
                .toList();
    }

    /** Until the consumer has committed every record of its replay topic for the transfers. */
    private static void awaitReplaysConsumed() {
        String replays = DeadLetterReplay.topicFor(consumer, topics.transfers().name());
        try (var admin = Admin.create(stack.kafkaClient("ledger"))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var partitions = admin.describeTopics(List.of(replays))
                        .allTopicNames()
                        .get()
                        .get(replays)
                        .partitions();
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                partitions.forEach(p -> latest.put(new TopicPartition(replays, p.partition()), OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                var committed = admin.listConsumerGroupOffsets(consumer)
                        .partitionsToOffsetAndMetadata()
                        .get();
                ends.forEach((partition, end) -> {
                    if (end.offset() > 0) {
                        assertThat(committed.get(partition))
                                .as(partition.toString())
                                .isNotNull();
                        assertThat(committed.get(partition).offset())
                                .as(partition.toString())
                                .isGreaterThanOrEqualTo(end.offset());
                    }
                });
            });
        }
    }

    private static long balanceOf(String account) {
        var response = ledger.get("/api/v1/accounts/" + account);
        assertThat(response.statusCode()).isEqualTo(200);
        return LedgerInstance.json(response).get("balance").asLong();
    }

    /** A POST as {@code ./run.sh ops} sends it: with the operations client's token (operations-engineer). */
    private static HttpResponse<String> post(String path) {
        return ledger.send(HttpRequest.newBuilder(ledger.uri(path))
                .header("Authorization", engineer())
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static String engineer() {
        return ledger.identity().client(Clients.OPERATIONS);
    }

    private static TransferReceived transfer(String eventId, String account, long amountMinor) {
        return TransferReceived.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(Instant.parse("2026-09-01T09:00:00Z"))
                .setAccountId(account)
                .setAmountMinor(amountMinor)
                .setCurrency("EUR")
                .build();
    }

    private static byte[] serialized(TransferReceived transfer) {
        return topics.transfers()
                .valueSerde()
                .serializer()
                .serialize(topics.transfers().name(), transfer);
    }

    private static void produce(ProducerRecord<byte[], byte[]> record) {
        try (var producer = new KafkaProducer<>(
                stack.kafkaClient("ledger"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(record);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
