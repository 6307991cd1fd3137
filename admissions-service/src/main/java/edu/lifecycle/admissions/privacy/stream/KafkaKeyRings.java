package edu.lifecycle.admissions.privacy.stream;

import edu.lifecycle.admissions.privacy.KeyRing;
import edu.lifecycle.admissions.privacy.KeyRingStore;
import edu.lifecycle.servicekit.topic.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Key rings in the compacted key topic, keyed by person. A write is acknowledged by every in-sync replica before the
 * caller goes on to seal anything with the key. A read looks up the one partition the person's id falls in, from its
 * start to its last stable offset, so a key written by another instance a moment ago is found (the read happens only
 * on a miss of the bounded cache). Transactional writes of the aggregate (trims, tombstones) count once committed.
 */
public final class KafkaKeyRings implements KeyRingStore, AutoCloseable {

    private final Topic<String, KeyRing> topic;
    private final Duration timeout;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;

    public KafkaKeyRings(
            Map<String, Object> producerSettings,
            Map<String, Object> consumerSettings,
            Topic<String, KeyRing> topic,
            Duration timeout) {
        this.topic = topic;
        this.timeout = timeout;
        Map<String, Object> producerConfig = new HashMap<>(producerSettings);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerConfig.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        this.producer = new KafkaProducer<>(
                producerConfig,
                new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer());
        Map<String, Object> consumerConfig = new HashMap<>(consumerSettings);
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(
                consumerConfig,
                new StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer());
    }

    @Override
    public synchronized Optional<KeyRing> read(String subject) {
        var partitions = consumer.partitionsFor(topic.name(), timeout);
        if (partitions.isEmpty()) {
            throw new IllegalStateException("The key topic " + topic.name() + " does not exist");
        }
        var partition = new TopicPartition(
                topic.name(),
                Utils.toPositive(Utils.murmur2(subject.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        % partitions.size());
        consumer.assign(List.of(partition));
        long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
        consumer.seekToBeginning(List.of(partition));
        byte[] latest = null;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (consumer.position(partition, timeout) < end) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The key topic was not read to its end within " + timeout);
            }
            for (var record : consumer.poll(Duration.ofMillis(100))) {
                if (subject.equals(record.key())) {
                    latest = record.value();
                }
            }
        }
        return Optional.ofNullable(topic.valueSerde().deserializer().deserialize(topic.name(), latest));
    }

    @Override
    public void write(String subject, KeyRing ring) {
        byte[] value = topic.valueSerde().serializer().serialize(topic.name(), ring);
        try {
            producer.send(new ProducerRecord<>(topic.name(), subject, value))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing a data key", e);
        } catch (ExecutionException | TimeoutException e) {
            // The key is not named: only that the write failed.
            throw new IllegalStateException("A data key could not be stored in " + topic.name(), e);
        }
    }

    @Override
    public void close() {
        producer.close(timeout);
        consumer.close(timeout);
    }
}
