package edu.lifecycle.chaos.oracle;

import edu.lifecycle.registry.serde.KafkaAvroDeserializer;
import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.schemas.PublicTopic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The four public event topics read from the beginning to their end (read-committed: what consumers see), each value
 * decoded with the project's Avro deserializer; a value it cannot decode is kept as an unreadable record.
 */
public final class EventLog {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final List<LoggedEvent> events;

    private EventLog(List<LoggedEvent> events) {
        this.events = List.copyOf(events);
    }

    public static EventLog of(List<LoggedEvent> events) {
        return new EventLog(events);
    }

    public static List<String> topics() {
        return EventCatalog.topics().stream()
                .filter(topic -> !topic.compacted())
                .map(PublicTopic::name)
                .toList();
    }

    /**
     * @param kafkaClient a reader's Kafka login and bootstrap servers
     * @param registryClient a registry login and URL
     */
    public static EventLog read(Map<String, Object> kafkaClient, Map<String, Object> registryClient) {
        var config = new HashMap<>(kafkaClient);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        var deserializerConfig = new HashMap<String, Object>(registryClient);
        deserializerConfig.put("specific.avro.reader", false);
        var events = new ArrayList<LoggedEvent>();
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
                var avro = new KafkaAvroDeserializer()) {
            avro.configure(deserializerConfig, false);
            var partitions = new ArrayList<TopicPartition>();
            for (var topic : topics()) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (!caughtUp(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The event log was not read to its end within " + LIMIT);
                }
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
                    events.add(decode(avro, record.topic(), record.partition(), record.offset(), key, record.value()));
                }
            }
        }
        return new EventLog(events);
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        for (var end : ends.entrySet()) {
            if (consumer.position(end.getKey(), Duration.ofSeconds(30)) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static LoggedEvent decode(
            KafkaAvroDeserializer avro, String topic, int partition, long offset, String key, byte[] value) {
        try {
            var record = (GenericRecord) avro.deserialize(topic, value);
            if (record == null) {
                return new LoggedEvent(topic, partition, offset, key, null, null, null, null);
            }
            var type = record.getSchema().getName();
            var reference = record.getSchema().getField("paymentReference") != null
                    ? String.valueOf(record.get("paymentReference"))
                    : null;
            return new LoggedEvent(
                    topic,
                    partition,
                    offset,
                    key,
                    type,
                    String.valueOf(record.get("eventId")),
                    String.valueOf(record.get("studentId")),
                    reference);
        } catch (RuntimeException e) {
            return new LoggedEvent(topic, partition, offset, key, null, null, null, null);
        }
    }

    /** The log less the records at the poisons' places, as the services wrote it. */
    public EventLog without(List<Poison> poisons) {
        var places = new HashSet<String>();
        poisons.forEach(poison -> places.add(poison.where()));
        return new EventLog(events.stream()
                .filter(event -> !places.contains(event.topic() + "-" + event.partition() + "@" + event.offset()))
                .toList());
    }

    public List<LoggedEvent> events() {
        return events;
    }

    public List<LoggedEvent> readable() {
        return events.stream().filter(LoggedEvent::readable).toList();
    }
}
