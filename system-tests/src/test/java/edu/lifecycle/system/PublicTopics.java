package edu.lifecycle.system;

import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.registry.serde.KafkaAvroDeserializer;
import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.testing.StackEndpoints;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the four public event topics of a played system from the beginning, logged in as an outside subscriber. */
final class PublicTopics {

    /** One event as a subscriber reads it. */
    record Event(String topic, String key, String eventId, String type) {}

    private PublicTopics() {}

    static List<Event> readAll(StackEndpoints stack, String topicPrefix) {
        // An outside subscriber's login: SASL to Kafka, basic authentication to the registry.
        Map<String, Object> config = stack.readerConsumer(Principals.SUBSCRIBER);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Event> events = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, Object>(config, new StringDeserializer(), deserializer(config))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (var topic : List.of(
                    EventCatalog.ADMISSIONS_EVENTS,
                    EventCatalog.BILLING_EVENTS,
                    EventCatalog.CURRICULUM_EVENTS,
                    EventCatalog.PLACEMENT_EVENTS)) {
                String name = topicPrefix + topic.name();
                consumer.partitionsFor(name)
                        .forEach(info -> partitions.add(new TopicPartition(name, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("The public topics could not be read to their end within 60 s");
                }
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    var value = (GenericRecord) record.value();
                    events.add(new Event(
                            record.topic(),
                            record.key(),
                            String.valueOf(value.get("eventId")),
                            value.getSchema().getName()));
                }
            }
        }
        return events;
    }

    private static KafkaAvroDeserializer deserializer(Map<String, Object> config) {
        var deserializer = new KafkaAvroDeserializer();
        deserializer.configure(config, false);
        return deserializer;
    }
}
