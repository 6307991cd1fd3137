package edu.lifecycle.admissions.privacy.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjLongConsumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each person's latest record lies in the key topic: a thread of its own reads the topic's committed records
 * from the start and then follows it, remembering one offset per person (never a key: the keys stay in the topic and
 * in the bounded cache). It tells its listeners of every record it reads, so a cache drops a ring another instance
 * replaced or destroyed.
 */
final class KeyTopicIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeyTopicIndex.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration BACK_OFF = Duration.ofSeconds(1);

    /** The offset of a person's latest record, and whether it is a tombstone. */
    record Latest(long offset, boolean tombstone) {}

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private final Duration timeout;
    private final Map<String, Latest> latest = new ConcurrentHashMap<>();
    private final Map<Integer, Long> positions = new ConcurrentHashMap<>();
    private final List<ObjLongConsumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Object progress = new Object();
    private Thread thread;
    private int partitions;
    private volatile boolean running;
    private volatile KafkaException failure;

    KeyTopicIndex(KafkaConsumer<byte[], byte[]> consumer, String topic, Duration timeout) {
        this.consumer = consumer;
        this.topic = topic;
        this.timeout = timeout;
    }

    /** Starts following the topic, once; the number of its partitions. Fails while the topic does not exist. */
    synchronized int start() {
        if (thread != null) {
            return partitions;
        }
        var described = consumer.partitionsFor(topic, timeout);
        if (described == null || described.isEmpty()) {
            throw new IllegalStateException("The key topic " + topic + " does not exist");
        }
        var assigned = described.stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        partitions = assigned.size();
        running = true;
        thread = new Thread(() -> follow(assigned), "admissions-key-topic-index");
        thread.setDaemon(true);
        thread.start();
        return partitions;
    }

    /** Waits until the index has read the partition up to {@code end}, at most the timeout. */
    void awaitRead(TopicPartition partition, long end) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (position(partition.partition()) < end) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(
                            "The key topic " + topic + " was not read to its end within " + timeout, failure);
                }
                try {
                    progress.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while reading the key topic", e);
                }
            }
        }
    }

    /** How far the index has read the partition: every record below this offset is known. */
    long position(int partition) {
        return positions.getOrDefault(partition, 0L);
    }

    Optional<Latest> latest(String subject) {
        return Optional.ofNullable(latest.get(subject));
    }

    void watch(ObjLongConsumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread == null) {
            consumer.close(timeout);
            return;
        }
        consumer.wakeup();
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void follow(List<TopicPartition> assigned) {
        try {
            while (running) {
                try {
                    for (var record : consumer.poll(POLL)) {
                        if (record.key() != null) {
                            learn(new String(record.key(), StandardCharsets.UTF_8), record.offset(), record.value());
                        }
                    }
                    for (var partition : assigned) {
                        positions.put(partition.partition(), consumer.position(partition, timeout));
                    }
                    failure = null;
                    synchronized (progress) {
                        progress.notifyAll();
                    }
                } catch (WakeupException e) {
                    // close() asked the thread to stop.
                } catch (KafkaException e) {
                    // The broker may be restarting: readers wait (up to their timeout) and name this failure.
                    failure = e;
                    log.warn("Reading the key topic {} failed; retrying in {}", topic, BACK_OFF, e);
                    backOff();
                }
            }
        } finally {
            consumer.close(timeout);
        }
    }

    private void learn(String subject, long offset, byte[] value) {
        latest.put(subject, new Latest(offset, value == null));
        for (var listener : listeners) {
            try {
                listener.accept(subject, offset);
            } catch (RuntimeException e) {
                log.warn("A listener of the key topic {} failed", topic, e);
            }
        }
    }

    private void backOff() {
        try {
            Thread.sleep(BACK_OFF.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
