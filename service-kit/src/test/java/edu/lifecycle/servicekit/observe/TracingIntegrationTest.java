package edu.lifecycle.servicekit.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import edu.lifecycle.servicekit.ledger.LedgerInstance;
import edu.lifecycle.servicekit.ledger.TestRuns;
import edu.lifecycle.servicekit.ledger.bank.TransferReceived;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopics;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The trace context travels with the records: from the HTTP request to the command record, through the decide step
 * onto the event records, from another service's event through a policy onto this service's events, and into the read
 * models; log lines inside a record carry its trace id, and a 500 names the trace to look for.
 */
@KafkaStack
class TracingIntegrationTest {

    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

    private static StackEndpoints stack;
    private static LedgerInstance ledger;
    private static LedgerTopics topics;

    @BeforeAll
    static void start(StackEndpoints endpoints) {
        stack = endpoints;
        ledger = LedgerInstance.start(
                endpoints,
                TestRuns.newRun("tracing"),
                "a",
                Map.of(),
                context -> context.getBeanFactory()
                        .registerSingleton("testSpans", (SpanProcessor) SimpleSpanProcessor.create(SPANS)));
        topics = ledger.bean(LedgerTopics.class);
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void anHttpCommandAndTheEventItDecidedShareTheRequestsTrace() {
        String account = "acc-" + UUID.randomUUID();
        var response = ledger.post("/api/v1/accounts", "{\"accountId\":\"" + account + "\",\"owner\":\"Ada\"}");
        assertThat(response.statusCode()).isEqualTo(201);

        String traceId = TraceHeaders.traceId(
                        awaitRecord(topics.entries().name(), account).headers())
                .orElseThrow(() -> new AssertionError("the event record carries no traceparent"));

        SpanData server = awaitSpan(span -> span.getTraceId().equals(traceId) && span.getKind() == SpanKind.SERVER);
        assertThat(server.getName()).containsIgnoringCase("post");
        SpanData decide = awaitSpan(span -> span.getTraceId().equals(traceId)
                && span.getName()
                        .equals("process " + topics.commands().commands().name()));
        // Between them may sit the security filter chain's own span for the secured request.
        assertThat(ancestors(decide)).contains(server.getSpanId());
        assertThat(decide.getKind()).isEqualTo(SpanKind.CONSUMER);
    }

    private static java.util.List<String> ancestors(SpanData span) {
        var byId = new java.util.HashMap<String, SpanData>();
        SPANS.getFinishedSpanItems().forEach(each -> byId.put(each.getSpanId(), each));
        var ids = new java.util.ArrayList<String>();
        for (SpanData at = byId.get(span.getParentSpanId()); at != null; at = byId.get(at.getParentSpanId())) {
            ids.add(at.getSpanId());
        }
        return ids;
    }

    @Test
    void anotherServicesEventCarriesItsTraceThroughThePolicyOntoTheEvents() {
        String account = "acc-" + UUID.randomUUID();
        assertThat(ledger.post("/api/v1/accounts", "{\"accountId\":\"" + account + "\",\"owner\":\"Ada\"}")
                        .statusCode())
                .isEqualTo(201);
        String traceId = newTraceId();

        publishTransfer(account, traceId);

        var deposit = awaitRecord(
                topics.entries().name(),
                account,
                record -> new String(record.value(), StandardCharsets.UTF_8).contains("DEPOSIT")
                        || TraceHeaders.traceId(record.headers()).orElse("").equals(traceId));
        assertThat(TraceHeaders.traceId(deposit.headers())).contains(traceId);
        SpanData policy = awaitSpan(span -> span.getTraceId().equals(traceId)
                && span.getName().equals("process " + topics.transfers().name()));
        assertThat(TraceHeaders.spanId(deposit.headers()))
                .as("decided in the policy's own span, the task that read the event")
                .contains(policy.getSpanId());
    }

    @Test
    void aRefusedEventsTraceReachesTheReadModelAndItsWarningNamesTheTrace() {
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        var decideLogger = (Logger) LoggerFactory.getLogger("edu.lifecycle.servicekit.stream.DecideProcessor");
        decideLogger.addAppender(logged);
        try {
            String traceId = newTraceId();

            publishTransfer("acc-nobody-" + UUID.randomUUID(), traceId);

            SpanData readModel = awaitSpan(span -> span.getTraceId().equals(traceId)
                    && span.getName()
                            .equals("process "
                                    + topics.commands().policyRejections().name()));
            assertThat(readModel.getAttributes().asMap().toString()).contains("read-models");
            ILoggingEvent warning = await(
                    () -> new ArrayList<>(logged.list)
                            .stream()
                                    .filter(event -> event.getFormattedMessage().contains("refused"))
                                    .findFirst(),
                    "the refusal was never logged");
            assertThat(warning.getLevel().toString()).isEqualTo("WARN");
            assertThat(warning.getMDCPropertyMap()).containsEntry("traceId", traceId);
            assertThat(warning.getFormattedMessage())
                    .contains("account-must-exist")
                    .contains("acc-nobody-")
                    .contains(topics.transfers().name())
                    .contains("offset");
        } finally {
            decideLogger.detachAppender(logged);
        }
    }

    @Test
    void a500NamesTheTraceOfTheRequest() {
        var response = ledger.get("/api/v1/defect");

        assertThat(response.statusCode()).isEqualTo(500);
        String traceId = LedgerInstance.json(response).get("traceId").asString();
        assertThat(traceId).matches("[0-9a-f]{32}");
        awaitSpan(span -> span.getTraceId().equals(traceId) && span.getKind() == SpanKind.SERVER);
    }

    private static String newTraceId() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private static SpanData awaitSpan(java.util.function.Predicate<SpanData> wanted) {
        return await(
                () -> SPANS.getFinishedSpanItems().stream().filter(wanted).findFirst(),
                "no such span among " + SPANS.getFinishedSpanItems().size());
    }

    private static <T> T await(Supplier<Optional<T>> probe, String failure) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Optional<T> found = probe.get();
        while (found.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            found = probe.get();
        }
        return found.get();
    }

    private static ConsumerRecord<byte[], byte[]> awaitRecord(String topic, String key) {
        return awaitRecord(topic, key, record -> true);
    }

    private static ConsumerRecord<byte[], byte[]> awaitRecord(
            String topic, String key, java.util.function.Predicate<ConsumerRecord<byte[], byte[]>> wanted) {
        // Logged in as the test ledger, which owns the run's topics but joins no group other than its Streams
        // applications': the consumer takes every partition itself and reads it from the beginning.
        Map<String, Object> config = stack.kafkaClient("ledger");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(new String(record.key(), StandardCharsets.UTF_8)) && wanted.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No record for " + key + " on " + topic);
    }

    private static void publishTransfer(String accountId, String traceId) {
        var transfer = TransferReceived.newBuilder()
                .setEventId("t-" + UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-09-01T09:00:00Z"))
                .setAccountId(accountId)
                .setAmountMinor(500)
                .setCurrency("EUR")
                .build();
        String topic = topics.transfers().name();
        var record = new ProducerRecord<>(
                topic,
                accountId.getBytes(StandardCharsets.UTF_8),
                topics.transfers().valueSerde().serializer().serialize(topic, transfer));
        record.headers()
                .add(
                        "traceparent",
                        ("00-" + traceId + "-" + "00f067aa0ba902b7" + "-01").getBytes(StandardCharsets.UTF_8));
        try (var producer = new KafkaProducer<>(
                stack.kafkaClient("ledger"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
