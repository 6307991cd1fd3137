package edu.lifecycle.servicekit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.config.ServiceKitProperties;
import edu.lifecycle.servicekit.ledger.LedgerInstance;
import edu.lifecycle.servicekit.ledger.TestRuns;
import edu.lifecycle.servicekit.ledger.bank.TransferReceived;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopics;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** Dead letters under exactly-once on a real broker: committed with the rest, and the stream goes on. */
@KafkaStack
class DeadLettersIntegrationTest {

    private static StackEndpoints stack;
    private static LedgerInstance ledger;
    private static LedgerTopics topics;

    @BeforeAll
    static void start(StackEndpoints endpoints) {
        stack = endpoints;
        ledger = LedgerInstance.start(endpoints, TestRuns.newRun("dlt"), "a", Map.of());
        topics = ledger.bean(LedgerTopics.class);
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void unreadableCommandIsCommittedToDeadLettersAndTheNextCommandIsApplied() {
        byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);
        send(topics.commands().commands().name(), "acc-poison", poison);

        assertThat(ledger.post("/api/v1/accounts", "{\"accountId\": \"acc-poison\", \"owner\": \"Ada\"}")
                        .statusCode())
                .isEqualTo(201);
        ConsumerRecord<byte[], byte[]> deadLetter = firstCommitted(
                DeadLetters.topicFor(commandSide()),
                topics.commands().commands().name());
        assertThat(deadLetter.value()).isEqualTo(poison);
        assertThat(header(deadLetter, DeadLetters.CONSUMER)).isEqualTo(commandSide());
        assertThat(header(deadLetter, DeadLetters.REASON_TYPE)).isEqualTo("SerializationException");
        assertThat(Instant.parse(header(deadLetter, DeadLetters.TIME)))
                .isBefore(Instant.now().plusSeconds(1));
        assertThat(header(deadLetter, DeadLetters.REASON)).contains("SerializationException");
        assertThat(header(deadLetter, DeadLetters.SOURCE_TOPIC))
                .isEqualTo(topics.commands().commands().name());
        assertThat(header(deadLetter, DeadLetters.SOURCE_PARTITION)).isNotBlank();
        assertThat(header(deadLetter, DeadLetters.SOURCE_OFFSET)).isNotBlank();
    }

    @Test
    void eventThatCannotBeTranslatedIsCommittedRawToItsDeadLetters() {
        var transfer = TransferReceived.newBuilder()
                .setEventId("t-negative")
                .setOccurredAt(Instant.parse("2026-09-01T09:00:00Z"))
                .setAccountId("acc-1")
                .setAmountMinor(-5)
                .setCurrency("EUR")
                .build();
        String source = topics.transfers().name();
        byte[] raw = topics.transfers().valueSerde().serializer().serialize(source, transfer);
        send(source, "acc-1", raw);

        ConsumerRecord<byte[], byte[]> deadLetter = firstCommitted(DeadLetters.topicFor(commandSide()), source);
        assertThat(deadLetter.value()).isEqualTo(raw);
        assertThat(header(deadLetter, DeadLetters.SOURCE_TOPIC)).isEqualTo(source);
        assertThat(header(deadLetter, DeadLetters.CONSUMER)).isEqualTo(commandSide());
        assertThat(header(deadLetter, DeadLetters.REASON)).contains("positive amount");
    }

    /** The consumer that reads commands and transfers: the command side's Streams application. */
    private static String commandSide() {
        return ledger.bean(ServiceKitProperties.class).applicationId();
    }

    private static void send(String topic, String key, byte[] value) {
        try (var producer = new KafkaProducer<>(
                stack.kafkaClient("ledger"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value));
        }
    }

    /** The first dead letter committed to {@code topic} that was set aside from {@code source}. */
    private static ConsumerRecord<byte[], byte[]> firstCommitted(String topic, String source) {
        try (var consumer = new KafkaConsumer<>(
                readCommitted(stack.kafkaClient("ledger")), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (source.equals(header(record, DeadLetters.SOURCE_TOPIC))) {
                        return record;
                    }
                }
            }
            throw new AssertionError("Nothing from " + source + " committed to " + topic + " within 30 s");
        }
    }

    private static Map<String, Object> readCommitted(Map<String, Object> config) {
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
