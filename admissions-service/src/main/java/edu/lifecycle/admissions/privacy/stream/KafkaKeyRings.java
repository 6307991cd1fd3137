package edu.lifecycle.admissions.privacy.stream;

import edu.lifecycle.admissions.privacy.KeyRing;
import edu.lifecycle.admissions.privacy.KeyRingStore;
import edu.lifecycle.servicekit.topic.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ObjLongConsumer;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Key rings in the compacted key topic, keyed by person, the version of a ring being its offset. A write is
 * acknowledged by every in-sync replica before the caller goes on to seal anything with the key.
 *
 * <p>A read costs two short requests, never a scan: a {@link KeyTopicIndex} tails the topic and knows where each
 * person's latest record lies (it holds offsets, never a key); a read asks the broker where the person's partition
 * ends now ({@link KeyTopicEnds}, one request shared by everyone asking at once), waits until the index has read that
 * far (so a ring written a moment ago by another instance is found), and fetches the one record the index names. Transactional writes of the aggregate (trims, tombstones) count once
 * committed.
 */
public final class KafkaKeyRings implements KeyRingStore, AutoCloseable {

    private final Topic<String, KeyRing> topic;
    private final Duration timeout;
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, Object> consumerSettings;
    private final KafkaConsumer<byte[], byte[]> reader;
    private final KeyTopicIndex index;
    private KeyTopicEnds ends;

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
        this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
        this.consumerSettings = Map.copyOf(consumerSettings);
        this.reader = pointReader(consumerSettings);
        this.index = new KeyTopicIndex(committedReader(consumerSettings), topic.name(), timeout);
    }

    @Override
    public Optional<Versioned> read(String subject) {
        var partition = partitionOf(subject);
        index.awaitRead(partition, ends().endOf(partition));
        var latest = index.latest(subject);
        if (latest.isEmpty() || latest.get().tombstone()) {
            return Optional.empty();
        }
        long offset = latest.get().offset();
        return fetch(partition, subject, offset).map(ring -> new Versioned(ring, offset));
    }

    @Override
    public long write(String subject, KeyRing ring) {
        index.start();
        byte[] value = topic.valueSerde().serializer().serialize(topic.name(), ring);
        try {
            return producer.send(new ProducerRecord<>(topic.name(), subject, value))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing a data key", e);
        } catch (ExecutionException | TimeoutException e) {
            // The key is not named: only that the write failed.
            throw new IllegalStateException("A data key could not be stored in " + topic.name(), e);
        }
    }

    @Override
    public long latestVersion(String subject) {
        return index.latest(subject).map(KeyTopicIndex.Latest::offset).orElse(-1L);
    }

    @Override
    public void watch(ObjLongConsumer<String> listener) {
        index.watch(listener);
    }

    @Override
    public void close() {
        index.close();
        producer.close(timeout);
        synchronized (reader) {
            reader.close(timeout);
        }
        synchronized (this) {
            if (ends != null) {
                ends.close();
            }
        }
    }

    private TopicPartition partitionOf(String subject) {
        int partitions = index.start();
        return new TopicPartition(
                topic.name(), Utils.toPositive(Utils.murmur2(subject.getBytes(StandardCharsets.UTF_8))) % partitions);
    }

    private synchronized KeyTopicEnds ends() {
        if (ends == null) {
            int partitions = index.start();
            ends = new KeyTopicEnds(
                    committedReader(consumerSettings),
                    IntStream.range(0, partitions)
                            .mapToObj(partition -> new TopicPartition(topic.name(), partition))
                            .toList(),
                    timeout);
        }
        return ends;
    }

    /**
     * The person's ring at {@code offset}: the first record fetched, almost always. Should compaction have removed it
     * since the index saw it, a newer record of the person lies further on, below where the index has read.
     */
    private Optional<KeyRing> fetch(TopicPartition partition, String subject, long offset) {
        byte[] latest = null;
        synchronized (reader) {
            reader.assign(List.of(partition));
            reader.seek(partition, offset);
            long indexed = index.position(partition.partition());
            long deadline = System.nanoTime() + timeout.toNanos();
            fetching:
            while (reader.position(partition, timeout) < indexed) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "A data key could not be read from " + topic.name() + " within " + timeout);
                }
                for (var record : reader.poll(Duration.ofMillis(100)).records(partition)) {
                    if (subject.equals(keyOf(record.key()))) {
                        latest = record.value();
                        if (record.offset() == offset) {
                            break fetching;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(topic.valueSerde().deserializer().deserialize(topic.name(), latest));
    }

    private static String keyOf(byte[] key) {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }

    /**
     * A reader of single records: the broker answers a fetch at once (the record is known to be there) instead of
     * holding it for more data, so the fetch the consumer keeps in flight past the record never delays the next seek.
     */
    private static KafkaConsumer<byte[], byte[]> pointReader(Map<String, Object> consumerSettings) {
        Map<String, Object> config = new HashMap<>(consumerSettings);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 0);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 64 * 1024);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        return committedReader(config);
    }

    private static KafkaConsumer<byte[], byte[]> committedReader(Map<String, Object> consumerSettings) {
        Map<String, Object> config = new HashMap<>(consumerSettings);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
