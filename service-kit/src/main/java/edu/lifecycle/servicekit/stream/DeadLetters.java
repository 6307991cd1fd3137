package edu.lifecycle.servicekit.stream;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Where a record that cannot be used goes, and what it carries: the raw key and value, the original headers, and
 * headers saying why and where it came from. One place, so every dead letter of every service looks the same.
 */
public final class DeadLetters {

    public static final String REASON = "dlt.reason";
    public static final String SOURCE_TOPIC = "dlt.source.topic";
    public static final String SOURCE_PARTITION = "dlt.source.partition";
    public static final String SOURCE_OFFSET = "dlt.source.offset";

    private static final List<String> OWN_HEADERS = List.of(REASON, SOURCE_TOPIC, SOURCE_PARTITION, SOURCE_OFFSET);

    private DeadLetters() {}

    /** The dead-letter topic of a source topic. */
    public static String topicFor(String sourceTopic) {
        return sourceTopic + "-dlt";
    }

    /** The original headers plus the reason and the source position. */
    public static Headers headers(Headers original, Throwable reason, String topic, int partition, long offset) {
        var headers = new RecordHeaders();
        if (original != null) {
            for (Header header : original) {
                if (!OWN_HEADERS.contains(header.key())) {
                    headers.add(header);
                }
            }
        }
        return headers.add(REASON, utf8(reasonOf(reason)))
                .add(SOURCE_TOPIC, utf8(topic))
                .add(SOURCE_PARTITION, utf8(Integer.toString(partition)))
                .add(SOURCE_OFFSET, utf8(Long.toString(offset)));
    }

    static ProducerRecord<byte[], byte[]> record(
            String sourceTopic,
            int partition,
            long offset,
            byte[] key,
            byte[] value,
            Headers original,
            Throwable reason) {
        return new ProducerRecord<>(
                topicFor(sourceTopic), null, key, value, headers(original, reason, sourceTopic, partition, offset));
    }

    /** The exception's class and message, and its cause's, for a person reading the dead-letter topic. */
    public static String reasonOf(Throwable reason) {
        var text = new StringBuilder(reason.getClass().getName()).append(": ").append(reason.getMessage());
        Throwable cause = reason.getCause();
        if (cause != null && cause != reason) {
            text.append(" (caused by ")
                    .append(cause.getClass().getName())
                    .append(": ")
                    .append(cause.getMessage())
                    .append(')');
        }
        return text.toString();
    }

    /** A raw key as the student id it is on every public topic (UTF-8), for a log line; {@code (none)} if absent. */
    static String keyOf(byte[] rawKey) {
        return rawKey == null ? "(none)" : new String(rawKey, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }
}
