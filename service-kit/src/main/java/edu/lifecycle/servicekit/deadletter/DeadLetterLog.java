package edu.lifecycle.servicekit.deadletter;

import edu.lifecycle.servicekit.stream.DeadLetterReplay;
import edu.lifecycle.servicekit.stream.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consumer's dead letters on the broker: read (committed records only, from the start to the current end), replayed
 * to the consumer's replay topic, purged. One admin client and one reader are kept between requests: the operations
 * console lists every service's dead letters on each page it shows, and signing a new client in to the broker cost
 * about 140 ms a request (docs/benchmarks.md, section 6). Replays and purges, which are rare, open their own producer.
 */
public final class DeadLetterLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterLog.class);

    private final Map<String, Object> clientConfig;
    private final Duration timeout;
    private final Object readerLock = new Object();
    private Admin admin;
    private KafkaConsumer<byte[], byte[]> reader;

    /**
     * @param clientConfig the broker address and login of the service's principal (which owns the consumers'
     *     {@code <application id>-} topics)
     */
    public DeadLetterLog(Map<String, Object> clientConfig, Duration timeout) {
        this.clientConfig = Map.copyOf(clientConfig);
        this.timeout = timeout;
    }

    /** The consumer's dead letters that match, oldest first, each marked if it was replayed already. */
    public List<DeadLetter> list(String consumer, DeadLetterFilter filter) {
        return stored(consumer).stream()
                .map(StoredDeadLetter::letter)
                .filter(filter::matches)
                .toList();
    }

    /** One dead letter with its record, if it is (still) there. */
    Optional<StoredDeadLetter> find(String consumer, int partition, long offset) {
        return stored(consumer).stream()
                .filter(stored -> stored.letter().partition() == partition
                        && stored.letter().offset() == offset)
                .findFirst();
    }

    /**
     * Writes the dead letter's record, as it was read, to its consumer's replay topic for its source topic, in the
     * partition it came from, with {@value DeadLetterReplay#REPLAY_OF} naming the dead letter.
     *
     * @return where the replay was written
     * @throws NotReplayableException when the consumer has no replay topic for the source (it reads it as a table)
     */
    Replayed replay(StoredDeadLetter stored) {
        return replay(List.of(stored)).get(0);
    }

    /** Replays each, in order, through one producer. */
    List<Replayed> replay(List<StoredDeadLetter> letters) {
        if (letters.isEmpty()) {
            return List.of();
        }
        Set<String> topics = topics();
        var config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-replay");
        List<Replayed> replayed = new ArrayList<>();
        try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (StoredDeadLetter stored : letters) {
                DeadLetter letter = stored.letter();
                if (letter.sourceTopic() == null) {
                    throw new NotReplayableException(letter, "it does not name its source topic");
                }
                String target = DeadLetterReplay.topicFor(letter.consumer(), letter.sourceTopic());
                if (!topics.contains(target)) {
                    throw new NotReplayableException(
                            letter, letter.consumer() + " reads " + letter.sourceTopic() + " without a replay topic");
                }
                int partitions = producer.partitionsFor(target).size();
                Integer partition = letter.sourcePartition() != null && letter.sourcePartition() < partitions
                        ? letter.sourcePartition()
                        : null;
                var headers = new RecordHeaders();
                for (Header header : stored.headers()) {
                    if (!DeadLetters.isOwnHeader(header.key()) && !DeadLetterReplay.REPLAY_OF.equals(header.key())) {
                        headers.add(header);
                    }
                }
                headers.add(DeadLetterReplay.REPLAY_OF, replayOf(letter).getBytes(StandardCharsets.UTF_8));
                RecordMetadata written = await(producer.send(new ProducerRecord<>(
                        target, partition, stored.timestamp(), stored.key(), stored.value(), headers)));
                log.info(
                        "Replayed dead letter {} of {} (from {}-{} at offset {}) to {}-{} at offset {}",
                        letter.id(),
                        letter.consumer(),
                        letter.sourceTopic(),
                        letter.sourcePartition(),
                        letter.sourceOffset(),
                        written.topic(),
                        written.partition(),
                        written.offset());
                replayed.add(new Replayed(letter.id(), written.topic(), written.partition(), written.offset()));
            }
        }
        return replayed;
    }

    /**
     * Deletes the consumer's dead letters set aside before {@code before}, or all of them when it is {@code null}.
     * Kafka deletes a partition's records only up to an offset, so a dead letter after a younger one stays.
     *
     * @return how many dead letters were deleted
     */
    public long purge(String consumer, Instant before) {
        String topic = DeadLetters.topicFor(consumer);
        List<StoredDeadLetter> stored = stored(consumer);
        Map<TopicPartition, Long> cut = new HashMap<>();
        Admin admin = admin();
        var partitions = await(admin.describeTopics(List.of(topic)).allTopicNames())
                .get(topic)
                .partitions();
        Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
        partitions.forEach(info -> latest.put(
                new TopicPartition(topic, info.partition()), org.apache.kafka.clients.admin.OffsetSpec.latest()));
        await(admin.listOffsets(latest).all()).forEach((partition, info) -> cut.put(partition, info.offset()));
        if (before != null) {
            for (StoredDeadLetter each : stored) {
                DeadLetter letter = each.letter();
                if (letter.time() == null || !letter.time().isBefore(before)) {
                    cut.merge(new TopicPartition(topic, letter.partition()), letter.offset(), Math::min);
                }
            }
        }
        Map<TopicPartition, RecordsToDelete> deletions = new HashMap<>();
        cut.forEach((partition, offset) -> deletions.put(partition, RecordsToDelete.beforeOffset(offset)));
        await(admin.deleteRecords(deletions).all());
        long purged = stored.stream()
                .filter(each -> each.letter().offset()
                        < cut.getOrDefault(
                                new TopicPartition(topic, each.letter().partition()), 0L))
                .count();
        log.warn(
                "Purged {} dead letters of {}{}",
                purged,
                consumer,
                before == null ? "" : " set aside before " + before);
        return purged;
    }

    /** Where a dead letter was replayed. */
    public record Replayed(String id, String topic, int partition, long offset) {}

    List<StoredDeadLetter> stored(String consumer) {
        String topic = DeadLetters.topicFor(consumer);
        Set<String> topics = topics();
        if (!topics.contains(topic)) {
            return List.of();
        }
        List<String> replayTopics = topics.stream()
                .filter(name -> name.startsWith(DeadLetterReplay.topicFor(consumer, "")))
                .toList();
        Set<String> replayed = new HashSet<>();
        for (var record : readAll(replayTopics)) {
            Header header = record.headers().lastHeader(DeadLetterReplay.REPLAY_OF);
            if (header != null) {
                replayed.add(new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        List<StoredDeadLetter> letters = new ArrayList<>();
        for (var record : readAll(List.of(topic))) {
            DeadLetter letter = letterOf(consumer, record);
            if (replayed.contains(replayOf(letter))) {
                letter = letter.markedReplayed();
            }
            letters.add(
                    new StoredDeadLetter(letter, record.key(), record.value(), record.headers(), record.timestamp()));
        }
        letters.sort(Comparator.comparing(
                        (StoredDeadLetter each) -> each.letter().time(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(each -> each.letter().partition())
                .thenComparing(each -> each.letter().offset()));
        return letters;
    }

    private static DeadLetter letterOf(String consumer, ConsumerRecord<byte[], byte[]> record) {
        var headers = record.headers();
        return new DeadLetter(
                consumer,
                DeadLetter.idOf(record.partition(), record.offset()),
                record.partition(),
                record.offset(),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                DeadLetters.header(headers, DeadLetters.SOURCE_TOPIC),
                number(DeadLetters.header(headers, DeadLetters.SOURCE_PARTITION), Integer::valueOf),
                number(DeadLetters.header(headers, DeadLetters.SOURCE_OFFSET), Long::valueOf),
                DeadLetters.header(headers, DeadLetters.REASON_TYPE),
                DeadLetters.header(headers, DeadLetters.REASON),
                timeOf(DeadLetters.header(headers, DeadLetters.TIME), record.timestamp()),
                false);
    }

    private static String replayOf(DeadLetter letter) {
        return DeadLetters.topicFor(letter.consumer()) + "/" + letter.partition() + "/" + letter.offset();
    }

    private static Instant timeOf(String header, long recordTimestamp) {
        if (header != null) {
            try {
                return Instant.parse(header);
            } catch (DateTimeParseException e) {
                // A dead letter of an older release: the record's own time says as much.
            }
        }
        return recordTimestamp >= 0 ? Instant.ofEpochMilli(recordTimestamp) : null;
    }

    private static <T> T number(String text, java.util.function.Function<String, T> parse) {
        try {
            return text == null ? null : parse.apply(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Set<String> topics() {
        return await(admin().listTopics().names());
    }

    private Admin admin() {
        synchronized (readerLock) {
            if (admin == null) {
                admin = Admin.create(clientConfig);
            }
            return admin;
        }
    }

    /**
     * Every committed record of the topics, from their start to their end when asked. The one reader serves one
     * request at a time (a Kafka consumer is not thread-safe); a reader that failed is closed and the next request
     * opens a new one.
     */
    private List<ConsumerRecord<byte[], byte[]>> readAll(List<String> topics) {
        if (topics.isEmpty()) {
            return List.of();
        }
        synchronized (readerLock) {
            try {
                return readAll(reader(), topics);
            } catch (RuntimeException e) {
                closeReader();
                throw e;
            }
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(KafkaConsumer<byte[], byte[]> consumer, List<String> topics) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, timeout)
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition, timeout) < end.get(partition))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Could not read " + topics + " to their end within " + timeout);
            }
            consumer.poll(Duration.ofMillis(100)).forEach(records::add);
        }
        // Nothing stays assigned between requests, so the reader fetches nothing while it waits.
        consumer.assign(List.of());
        return records;
    }

    private KafkaConsumer<byte[], byte[]> reader() {
        if (reader == null) {
            var config = new HashMap<>(clientConfig);
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader");
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            reader = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
        return reader;
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (RuntimeException e) {
                log.debug("Closing the dead-letter reader failed", e);
            }
            reader = null;
        }
    }

    /** Closes the kept clients (the application context calls it at shutdown). */
    @Override
    public void close() {
        synchronized (readerLock) {
            closeReader();
            if (admin != null) {
                admin.close(Duration.ofSeconds(1));
                admin = null;
            }
        }
    }

    private <T> T await(java.util.concurrent.Future<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while working on dead letters", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "The broker refused: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker did not answer within " + timeout, e);
        }
    }

    private <T> T await(KafkaFuture<T> future) {
        return await((java.util.concurrent.Future<T>) future);
    }
}
