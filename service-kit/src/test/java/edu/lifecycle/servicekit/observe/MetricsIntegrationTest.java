package edu.lifecycle.servicekit.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import edu.lifecycle.servicekit.ledger.LedgerInstance;
import edu.lifecycle.servicekit.ledger.TestRuns;
import edu.lifecycle.servicekit.ledger.bank.TransferReceived;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopics;
import edu.lifecycle.servicekit.stream.DeadLetterDeserializationHandler;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.PrometheusText;
import edu.lifecycle.testing.StackEndpoints;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What an operator's Prometheus sees of a running service after a few commands: the kit's meters (commands by type,
 * outcome and rule, decide and wait times as histograms, policy rejections, dead letters, lag and staleness of both
 * Streams applications), HTTP, JVM, Kafka client and Kafka Streams metrics, every one tagged with the service.
 */
@KafkaStack
class MetricsIntegrationTest {

    private static final Map<String, String> LEDGER = Map.of("service", "ledger");

    private static StackEndpoints stack;
    private static LedgerInstance ledger;
    private static LedgerTopics topics;
    private static PrometheusText scrape;
    private static final ListAppender<ILoggingEvent> WARNINGS = new ListAppender<>();

    @BeforeAll
    static void playAFewCommands(StackEndpoints endpoints) {
        stack = endpoints;
        ledger = LedgerInstance.start(endpoints, TestRuns.newRun("metrics"), "a", Map.of());
        // After the start: Spring Boot's logging set-up would have dropped it.
        WARNINGS.start();
        ((Logger) LoggerFactory.getLogger(DeadLetterDeserializationHandler.class)).addAppender(WARNINGS);
        topics = ledger.bean(LedgerTopics.class);
        String account = "acc-" + UUID.randomUUID();
        assertThat(ledger.post("/api/v1/accounts", "{\"accountId\":\"" + account + "\",\"owner\":\"Ada\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(ledger.post("/api/v1/accounts/" + account + "/deposits", "{\"amount\": 10}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(ledger.post("/api/v1/accounts/" + account + "/withdrawals", "{\"amount\": 50}")
                        .statusCode())
                .isEqualTo(422);
        publishTransferTo("acc-nobody");
        send(topics.transfers().name(), "acc-poison", "{not avro".getBytes(StandardCharsets.UTF_8));

        scrape = awaitScrape(text -> text.sum("lifecycle_policy_rejections_total", LEDGER) >= 1
                && text.sum("lifecycle_dead_letters_total", LEDGER) >= 1
                && !text.named("lifecycle_streams_lag_records", Map.of("application", "read-models"))
                        .isEmpty()
                && text.named("lifecycle_streams_lag_records", LEDGER).stream()
                        .allMatch(sample -> sample.value() == 0));
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(DeadLetterDeserializationHandler.class)).detachAppender(WARNINGS);
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void countsCommandsByTypeOutcomeAndRule() {
        assertThat(scrape.sum(
                        "lifecycle_commands_total",
                        Map.of(
                                "service", "ledger",
                                "aggregate", "account",
                                "type", "open-account",
                                "origin", "client",
                                "outcome", "accepted",
                                "rule", "none")))
                .isEqualTo(1);
        assertThat(scrape.sum(
                        "lifecycle_commands_total",
                        Map.of("type", "withdraw", "outcome", "rejected", "rule", "balance-must-cover-withdrawal")))
                .isEqualTo(1);
        assertThat(scrape.sum(
                        "lifecycle_commands_total",
                        Map.of("origin", "policy", "outcome", "rejected", "rule", "account-must-exist")))
                .isEqualTo(1);
    }

    @Test
    void timesDecisionsAndWaitsInHistograms() {
        assertThat(scrape.sum("lifecycle_command_decide_seconds_count", Map.of("aggregate", "account")))
                .isGreaterThanOrEqualTo(4);
        assertThat(scrape.named("lifecycle_command_decide_seconds_bucket", Map.of("type", "deposit")))
                .hasSizeGreaterThan(5);
        assertThat(scrape.sum("lifecycle_command_wait_seconds_count", Map.of("result", "accepted")))
                .isEqualTo(2);
        assertThat(scrape.sum("lifecycle_command_wait_seconds_count", Map.of("result", "rejected")))
                .isEqualTo(1);
        double waited = scrape.sum("lifecycle_command_wait_seconds_sum", Map.of("type", "deposit"));
        assertThat(waited).isPositive().isLessThan(5);
        assertThat(scrape.named("lifecycle_command_wait_seconds_bucket", Map.of("type", "deposit")))
                .anySatisfy(bucket -> assertThat(bucket.value()).isEqualTo(1));
    }

    @Test
    void countsPolicyRejectionsAndDeadLettersBySourceAndReason() {
        assertThat(scrape.sum(
                        "lifecycle_policy_rejections_total",
                        Map.of("policy", "bank-transfers", "type", "deposit", "rule", "account-must-exist")))
                .isEqualTo(1);
        assertThat(scrape.named(
                        "lifecycle_dead_letters_total",
                        Map.of("service", "ledger", "topic", topics.transfers().name())))
                .singleElement()
                .satisfies(sample -> {
                    assertThat(sample.value()).isEqualTo(1);
                    assertThat(sample.label("reason")).isNotBlank();
                });
    }

    @Test
    void aDeadLetterIsLoggedAtWarnWithTheStudentTheReasonAndWhereTheRecordWas() {
        assertThat(WARNINGS.list)
                .filteredOn(event -> event.getFormattedMessage().contains("acc-poison"))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getLevel()).isEqualTo(Level.WARN);
                    assertThat(event.getFormattedMessage())
                            .contains("student acc-poison")
                            .contains(topics.transfers().name() + "-")
                            .contains("at offset")
                            .contains("Exception");
                });
    }

    @Test
    void healthShowsTheStatusToAnyoneAndComponentsWithDetailsOnlyToTheOperationsRole() {
        var health = LedgerInstance.json(ledger.getAnonymously("/actuator/health"));

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).as("anonymously, the status only").isFalse();
        assertThat(ledger.getAnonymously("/actuator/health/liveness").statusCode())
                .isEqualTo(200);
        assertThat(ledger.getAnonymously("/actuator/health/readiness").statusCode())
                .isEqualTo(200);
        // The operations viewer sees why: each Streams application's state.
        var detailed = LedgerInstance.json(ledger.get("/actuator/health"));
        assertThat(detailed.get("components").get("commands").get("status").asString())
                .isEqualTo("UP");
        assertThat(detailed.get("components").get("streams").get("status").asString())
                .isEqualTo("UP");
        assertThat(detailed.get("components").get("streams").has("details")).isTrue();
    }

    @Test
    void measuresLagPerApplicationAndPartitionAndStaleness() {
        var commandSide = scrape.named(
                "lifecycle_streams_lag_records",
                Map.of(
                        "application",
                        "commands",
                        "topic",
                        topics.commands().commands().name()));
        assertThat(commandSide).extracting(sample -> sample.label("partition")).contains("0", "1", "2");
        assertThat(scrape.named("lifecycle_streams_lag_records", Map.of("application", "read-models")))
                .isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.value()).isZero());
        assertThat(scrape.named("lifecycle_streams_staleness_seconds", Map.of("application", "commands")))
                .singleElement()
                .satisfies(sample -> assertThat(sample.value()).isBetween(0.0, 120.0));
    }

    @Test
    void exposesHttpJvmKafkaClientAndKafkaStreamsMetrics() {
        assertThat(scrape.sum(
                        "http_server_requests_seconds_count",
                        Map.of("uri", "/api/v1/accounts", "method", "POST", "status", "201")))
                .isEqualTo(1);
        assertThat(scrape.named("http_server_requests_seconds_bucket", Map.of("uri", "/api/v1/accounts")))
                .isNotEmpty();
        assertThat(scrape.named("jvm_memory_used_bytes", LEDGER)).isNotEmpty();
        assertThat(scrape.sum("kafka_producer_record_send_total", Map.of("client", "command-gateway")))
                .isGreaterThanOrEqualTo(3);
        assertThat(scrape.named(
                        "kafka_consumer_fetch_manager_records_consumed_total", Map.of("client", "outcome-listener")))
                .isNotEmpty();
        for (String application : new String[] {"commands", "read-models"}) {
            assertThat(scrape.named("kafka_stream_thread_process_total", Map.of("application", application)))
                    .as("Streams thread metrics of the %s application", application)
                    .isNotEmpty();
        }
    }

    @Test
    void everyMeterSaysWhichServiceItIs() {
        assertThat(scrape.samples())
                .allSatisfy(
                        sample -> assertThat(sample.labels()).as(sample.name()).containsEntry("service", "ledger"));
    }

    private static PrometheusText awaitScrape(Predicate<PrometheusText> complete) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        PrometheusText text = scrape();
        while (!complete.test(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "The scrape never showed the commands' effects:\n" + String.join("\n", text.names()));
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            text = scrape();
        }
        return text;
    }

    private static PrometheusText scrape() {
        var response = ledger.get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return PrometheusText.parse(response.body());
    }

    private static void publishTransferTo(String accountId) {
        var transfer = TransferReceived.newBuilder()
                .setEventId("t-" + UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-09-01T09:00:00Z"))
                .setAccountId(accountId)
                .setAmountMinor(500)
                .setCurrency("EUR")
                .build();
        String topic = topics.transfers().name();
        send(topic, accountId, topics.transfers().valueSerde().serializer().serialize(topic, transfer));
    }

    private static void send(String topic, String key, byte[] value) {
        // Logged in as the test ledger, which may write anything under its run's prefix.
        try (var producer = new KafkaProducer<>(
                stack.kafkaClient("ledger"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value))
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
