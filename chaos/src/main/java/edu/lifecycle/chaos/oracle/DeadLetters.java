package edu.lifecycle.chaos.oracle;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Every dead letter of the cluster: all topics whose name contains {@code dlt}, whatever their naming scheme
 * ({@code <topic>-dlt} or one per consumer), read to their end. The source of each comes from its headers, found by
 * what their keys say ({@code …source…topic}, {@code …partition}, {@code …offset}, and {@code …consumer} or
 * {@code …application} when the consumer is named), so the reader does not depend on one header spelling.
 */
public final class DeadLetters {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    private DeadLetters() {}

    public static List<DeadLetter> read(Admin admin, Map<String, Object> kafkaClient) throws Exception {
        var topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains("dlt"))
                .sorted()
                .toList();
        var letters = new ArrayList<DeadLetter>();
        if (topics.isEmpty()) {
            return letters;
        }
        var config = new HashMap<>(kafkaClient);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var partitions = new ArrayList<TopicPartition>();
            for (var topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (!caughtUp(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The dead letters were not read to their end within " + LIMIT);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(record -> letters.add(letter(record)));
            }
        }
        return letters;
    }

    static DeadLetter letter(ConsumerRecord<byte[], byte[]> record) {
        String sourceTopic = null;
        int partition = -1;
        long offset = -1;
        String consumer = null;
        for (Header header : record.headers()) {
            var key = header.key().toLowerCase(Locale.ROOT);
            var value = header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
            if (key.contains("source") && key.contains("topic")) {
                sourceTopic = value;
            } else if (key.contains("source") && key.contains("partition")) {
                partition = parseInt(value);
            } else if (key.contains("source") && key.contains("offset")) {
                offset = parseLong(value);
            } else if (key.contains("consumer") || key.contains("application")) {
                consumer = value;
            }
        }
        return new DeadLetter(record.topic(), sourceTopic, partition, offset, consumer);
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        for (var end : ends.entrySet()) {
            if (consumer.position(end.getKey(), Duration.ofSeconds(30)) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
