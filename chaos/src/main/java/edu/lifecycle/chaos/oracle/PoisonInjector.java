package edu.lifecycle.chaos.oracle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes poison records to every topic the services consume, on every partition: on the public event topics,
 * bytes that are not Avro at all, a record in Confluent's wire format whose schema id the registry never gave, and a
 * well-formed event that fails translation ({@link UnstorableEvents}); on the commands topics, bytes that are not
 * JSON and well-formed JSON that is no command. Keys are ids no student has, so the oracle tells them apart from the
 * load's records.
 */
public final class PoisonInjector {

    private PoisonInjector() {}

    public static List<String> commandTopics() {
        return List.of("admissions.commands", "billing.commands", "curriculum.commands", "placement.commands");
    }

    /**
     * @param registryClientOf a service's registry login and URL, by its principal: the owner of a topic serializes
     *     its events
     */
    public static List<Poison> inject(
            Map<String, Object> adminClient,
            Function<String, Map<String, Object>> registryClientOf,
            String runId,
            int partitions)
            throws Exception {
        var config = new HashMap<>(adminClient);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        var poisons = new ArrayList<Poison>();
        try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            int n = 0;
            for (var topic : EventLog.topics()) {
                for (int p = 0; p < partitions; p++) {
                    poisons.add(send(
                            producer,
                            topic,
                            p,
                            runId + "-poison-" + n++,
                            Poison.UNDESERIALIZABLE,
                            "this is not Avro".getBytes(StandardCharsets.UTF_8)));
                    poisons.add(send(
                            producer,
                            topic,
                            p,
                            runId + "-poison-" + n++,
                            Poison.UNRESOLVABLE_SCHEMA,
                            ByteBuffer.allocate(9)
                                    .put((byte) 0)
                                    .putInt(Integer.MAX_VALUE - 7)
                                    .put(new byte[] {2, 4, 6, 8})
                                    .array()));
                    var student = runId + "-poison-" + n++;
                    poisons.add(send(
                            producer,
                            topic,
                            p,
                            student,
                            Poison.UNSTORABLE_TIME,
                            UnstorableEvents.serialized(
                                    topic, student, registryClientOf.apply(UnstorableEvents.ownerOf(topic)))));
                }
            }
            for (var topic : commandTopics()) {
                for (int p = 0; p < partitions; p++) {
                    poisons.add(send(producer, topic, p, runId + "-poison-" + n++, Poison.UNDESERIALIZABLE, new byte[] {
                        (byte) 0xff, 0x00, 0x7b, 0x22
                    }));
                    poisons.add(send(
                            producer,
                            topic,
                            p,
                            runId + "-poison-" + n++,
                            Poison.NOT_A_COMMAND,
                            "{\"unexpected\":[1,2,3]}".getBytes(StandardCharsets.UTF_8)));
                }
            }
            producer.flush();
        }
        return poisons;
    }

    private static Poison send(
            KafkaProducer<byte[], byte[]> producer, String topic, int partition, String key, String kind, byte[] value)
            throws Exception {
        var metadata = producer.send(
                        new ProducerRecord<>(topic, partition, key.getBytes(StandardCharsets.UTF_8), value))
                .get(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS);
        return new Poison(topic, partition, metadata.offset(), key, kind);
    }
}
