package edu.lifecycle.registry.server.log;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema log as partition 0 of a compacted Kafka topic, read from the beginning by one background thread.
 *
 * <p>Writes go through an idempotent producer with {@code acks=all}, so an acknowledged schema survives a broker
 * failure and a retried send is not duplicated. An append returns only when the reader thread has passed the
 * record's offset: the registry answers from its materialised state, and that state must already hold the write.
 */
public final class KafkaSchemaLog implements SchemaLog {

    private static final Logger log = LoggerFactory.getLogger(KafkaSchemaLog.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration MAX_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration READ_RETRY_BACKOFF = Duration.ofSeconds(1);

    private final String bootstrapServers;
    private final Map<String, Object> clientSettings;
    private final String topic;
    private final Duration timeout;
    private final TopicPartition partition;
    private final Object progress = new Object();

    private Admin admin;
    private KafkaProducer<byte[], byte[]> producer;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread readerThread;
    private String clusterId = "unknown";
    private volatile boolean running;
    /** The next offset the reader will hand over; guarded by {@link #progress}. */
    private long position;

    public KafkaSchemaLog(String bootstrapServers, String topic, Duration timeout) {
        this(bootstrapServers, topic, timeout, Map.of());
    }

    /**
     * @param clientSettings added to every client's configuration, for the registry's login on a closed broker
     *     ({@code security.protocol}, {@code sasl.*}); the log's own settings win
     */
    public KafkaSchemaLog(String bootstrapServers, String topic, Duration timeout, Map<String, Object> clientSettings) {
        this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        this.clientSettings = Map.copyOf(clientSettings);
        this.topic = Objects.requireNonNull(topic, "topic");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.partition = new TopicPartition(topic, 0);
    }

    @Override
    public void open(Consumer<LogRecord> reader) {
        Objects.requireNonNull(reader, "reader");
        try {
            admin = Admin.create(adminConfig());
            clusterId = admin.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            new SchemaTopic(admin, topic, timeout).createOrVerify();
            producer = new KafkaProducer<>(producerConfig(), new ByteArraySerializer(), new ByteArraySerializer());
            consumer = new KafkaConsumer<>(consumerConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
        } catch (TimeoutException e) {
            close();
            throw new SchemaLogException(
                    "Kafka at " + bootstrapServers + " did not answer within " + timeout.toMillis() + " ms", true, e);
        } catch (ExecutionException e) {
            close();
            throw new SchemaLogException(
                    "Cannot reach Kafka at " + bootstrapServers + ": "
                            + e.getCause().getMessage(),
                    false,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new SchemaLogException("Interrupted while connecting to Kafka", false, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        running = true;
        var assigned = consumer;
        readerThread = new Thread(() -> read(assigned, reader), "schema-registry-reader-" + topic);
        readerThread.setDaemon(true);
        readerThread.start();
    }

    @Override
    public void append(byte[] key, byte[] value) {
        if (!running) {
            throw new SchemaLogException("The schema log on " + topic + " is closed", false, null);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        RecordMetadata written;
        try {
            written = producer.send(new ProducerRecord<>(topic, partition.partition(), key, value))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new SchemaLogException(
                    "Cannot write to " + topic + ": " + e.getCause().getMessage(), false, e);
        } catch (TimeoutException e) {
            throw new SchemaLogException(
                    "Writing to " + topic + " took longer than " + timeout.toMillis() + " ms", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaLogException("Interrupted while writing to " + topic, false, e);
        }
        awaitReaderPast(written.offset(), deadline);
    }

    private void awaitReaderPast(long offset, long deadline) {
        synchronized (progress) {
            while (position <= offset) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || !running) {
                    throw new SchemaLogException(
                            "The registry did not read back offset " + offset + " of " + topic + " within "
                                    + timeout.toMillis() + " ms",
                            true,
                            null);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SchemaLogException("Interrupted while waiting to read back a write", false, e);
                }
            }
        }
    }

    private void read(KafkaConsumer<byte[], byte[]> source, Consumer<LogRecord> reader) {
        try {
            while (running) {
                try {
                    for (ConsumerRecord<byte[], byte[]> record : source.poll(POLL_TIMEOUT)) {
                        deliver(reader, record);
                        advanceTo(record.offset() + 1);
                    }
                    // Compaction and transaction markers leave gaps, so the consumer's position is the truth.
                    advanceTo(source.position(partition, POLL_TIMEOUT));
                } catch (WakeupException e) {
                    // close() woke us up; the loop condition decides
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    log.debug("No position on {} yet: {}", topic, e.toString());
                } catch (KafkaException e) {
                    // The broker may come back; appends time out meanwhile, reads serve the last known state.
                    log.warn("Reading {} failed, retrying: {}", topic, e.toString());
                    LockSupport.parkNanos(READ_RETRY_BACKOFF.toNanos());
                }
            }
        } finally {
            source.close(CLOSE_TIMEOUT);
        }
    }

    private void deliver(Consumer<LogRecord> reader, ConsumerRecord<byte[], byte[]> record) {
        try {
            reader.accept(new LogRecord(record.key(), record.value(), record.timestamp()));
        } catch (RuntimeException e) {
            // One bad record must not stop the registry from reading everything after it.
            log.error("Skipping record at offset {} of {}: {}", record.offset(), topic, e.toString());
        }
    }

    private void advanceTo(long next) {
        synchronized (progress) {
            if (next > position) {
                position = next;
                progress.notifyAll();
            }
        }
    }

    @Override
    public String description() {
        return "Kafka topic " + topic + " at " + bootstrapServers;
    }

    @Override
    public String clusterId() {
        return clusterId;
    }

    @Override
    public void close() {
        running = false;
        synchronized (progress) {
            progress.notifyAll();
        }
        if (readerThread != null) {
            // The reader thread owns the consumer (it is not thread-safe) and closes it on its way out.
            consumer.wakeup();
            try {
                readerThread.join(CLOSE_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            readerThread = null;
        } else if (consumer != null) {
            consumer.close(CLOSE_TIMEOUT);
        }
        consumer = null;
        if (producer != null) {
            producer.close(CLOSE_TIMEOUT);
            producer = null;
        }
        if (admin != null) {
            admin.close(CLOSE_TIMEOUT);
            admin = null;
        }
    }

    private Map<String, Object> adminConfig() {
        return withClientSettings(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "schema-registry-admin",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                requestTimeoutMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) Math.max(timeout.toMillis(), requestTimeoutMillis())));
    }

    private Map<String, Object> producerConfig() {
        return withClientSettings(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG,
                "schema-registry-producer",
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                // Every append waits for its own record, so batching would only add latency.
                ProducerConfig.LINGER_MS_CONFIG,
                0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                timeout.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                requestTimeoutMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                (int) Math.max(timeout.toMillis(), requestTimeoutMillis())));
    }

    private Map<String, Object> consumerConfig() {
        return withClientSettings(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "schema-registry-reader",
                // No group: the partition is assigned, read from the start on every boot, and never committed.
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                // The broker answers a waiting fetch as soon as a record arrives, so this bounds only idle
                // fetches, and how long close() waits for the one in flight (500 ms by default).
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                100));
    }

    private Map<String, Object> withClientSettings(Map<String, Object> own) {
        var config = new HashMap<>(clientSettings);
        config.putAll(own);
        return config;
    }

    private int requestTimeoutMillis() {
        return (int) Math.min(timeout.toMillis(), MAX_REQUEST_TIMEOUT.toMillis());
    }
}
