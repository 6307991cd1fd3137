package edu.lifecycle.servicekit.rejection;

import static edu.lifecycle.servicekit.ledger.LedgerInstance.json;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.ledger.LedgerInstance;
import edu.lifecycle.servicekit.ledger.TestRuns;
import edu.lifecycle.servicekit.ledger.bank.TransferReceived;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopics;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** No policy refuses silently: a refused event is listed by {@code GET /api/v1/policy-rejections}. */
@KafkaStack
class PolicyRejectionsIntegrationTest {

    private static StackEndpoints stack;
    private static LedgerInstance ledger;
    private static LedgerTopics topics;

    @BeforeAll
    static void start(StackEndpoints endpoints) {
        stack = endpoints;
        ledger = LedgerInstance.start(endpoints, TestRuns.newRun("rejections"), "a", Map.of());
        topics = ledger.bean(LedgerTopics.class);
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void anEventRefusedByARuleIsListedWithTheStudentAndTheRule() {
        publishTransfer("t-nobody", "acc-nobody");

        JsonNode rejection = awaitFirstRejection();

        assertThat(rejection.get("studentId").asString()).isEqualTo("acc-nobody");
        assertThat(rejection.get("rule").asString()).isEqualTo("account-must-exist");
        assertThat(rejection.get("policy").asString()).isEqualTo("bank-transfers");
        assertThat(rejection.get("commandType").asString()).isEqualTo("deposit");
        assertThat(rejection.get("occurredAt").asString()).isEqualTo("2026-09-01T09:00:00Z");
    }

    @Test
    void aMalformedPageCursorIs400() {
        HttpResponse<String> response = ledger.get("/api/v1/policy-rejections?after=%3Cscript%3E");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static JsonNode awaitFirstRejection() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = ledger.get("/api/v1/policy-rejections?limit=10");
            if (response.statusCode() == 200 && !json(response).get("items").isEmpty()) {
                return json(response).get("items").get(0);
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("No policy rejection listed within 30 s");
    }

    private static void publishTransfer(String eventId, String accountId) {
        var transfer = TransferReceived.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(Instant.parse("2026-09-01T09:00:00Z"))
                .setAccountId(accountId)
                .setAmountMinor(500)
                .setCurrency("EUR")
                .build();
        String topic = topics.transfers().name();
        byte[] value = topics.transfers().valueSerde().serializer().serialize(topic, transfer);
        try (var producer = new KafkaProducer<>(
                stack.kafkaClient("ledger"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, accountId.getBytes(StandardCharsets.UTF_8), value));
        }
    }
}
