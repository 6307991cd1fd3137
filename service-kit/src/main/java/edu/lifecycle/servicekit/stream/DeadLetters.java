package edu.lifecycle.servicekit.stream;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Where a record that cannot be used goes, and what it carries: the raw key and value, the original headers, and
 * headers saying who set it aside, why, when and where it came from. One place, so every dead letter of every service
 * looks the same.
 *
 * <p>Each consumer, i.e. each Kafka Streams application, has its own dead-letter topic {@code <application id>-dlt}:
 * two services reading {@code billing.events} never mix their dead letters, an operator replays or purges one
 * consumer's without touching another's, and the topic falls under the prefix its principal already owns for the
 * application's internal topics ({@code <application id>-}).
 */
public final class DeadLetters {

    /** Ends the name of every dead-letter topic: {@code <application id>-dlt}. */
    public static final String TOPIC_SUFFIX = "-dlt";

    /** The Streams application id of the consumer that set the record aside. */
    public static final String CONSUMER = "dlt.consumer";
    /** The exception's class and message (and its cause's). */
    public static final String REASON = "dlt.reason";
    /** The exception's simple class name: a bounded set, what a list groups by. */
    public static final String REASON_TYPE = "dlt.reason.type";

    public static final String SOURCE_TOPIC = "dlt.source.topic";
    public static final String SOURCE_PARTITION = "dlt.source.partition";
    public static final String SOURCE_OFFSET = "dlt.source.offset";
    /** When it was set aside, ISO-8601 UTC, from the service's clock. */
    public static final String TIME = "dlt.time";

    private static final int KEY_SHOWN = 80;

    private static final List<String> OWN_HEADERS =
            List.of(CONSUMER, REASON, REASON_TYPE, SOURCE_TOPIC, SOURCE_PARTITION, SOURCE_OFFSET, TIME);

    private DeadLetters() {}

    /** The dead-letter topic of a consumer (a Streams application). */
    public static String topicFor(String applicationId) {
        return applicationId + TOPIC_SUFFIX;
    }

    /** The consumer a Streams configuration names ({@code application.id}). */
    static String consumerOf(Map<String, ?> configs) {
        Object id = configs == null ? null : configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
        if (id == null) {
            throw new IllegalStateException("A dead-letter handler needs the Streams application.id");
        }
        return id.toString();
    }

    /** Whether a header is one the dead-lettering added (a replay leaves them out). */
    public static boolean isOwnHeader(String key) {
        return OWN_HEADERS.contains(key);
    }

    /** The original headers plus the consumer, the reason, the source position and the time. */
    public static Headers headers(
            Headers original, Throwable reason, String consumer, String topic, int partition, long offset, Instant at) {
        var headers = new RecordHeaders();
        if (original != null) {
            for (Header header : original) {
                if (!isOwnHeader(header.key())) {
                    headers.add(header);
                }
            }
        }
        return headers.add(CONSUMER, utf8(consumer))
                .add(REASON, utf8(reasonOf(reason)))
                .add(REASON_TYPE, utf8(reason.getClass().getSimpleName()))
                .add(SOURCE_TOPIC, utf8(topic))
                .add(SOURCE_PARTITION, utf8(Integer.toString(partition)))
                .add(SOURCE_OFFSET, utf8(Long.toString(offset)))
                .add(TIME, utf8(at.toString()));
    }

    static ProducerRecord<byte[], byte[]> record(
            String consumer,
            String sourceTopic,
            int partition,
            long offset,
            byte[] key,
            byte[] value,
            Headers original,
            Throwable reason,
            Instant at) {
        // A replayed record that fails again names the topic it first came from.
        String source = DeadLetterReplay.sourceOf(consumer, sourceTopic);
        return new ProducerRecord<>(
                topicFor(consumer),
                null,
                key,
                value,
                headers(original, reason, consumer, source, partition, offset, at));
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

    /** A header's value as text, or {@code null} when absent. */
    public static String header(Headers headers, String key) {
        Header header = headers == null ? null : headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * A raw key as the student id it is on every public topic (UTF-8), for a log line; {@code (none)} if absent. At
     * most {@value #KEY_SHOWN} characters, and control characters shown as {@code ?}: a forged key neither floods the
     * log nor writes a line of its own.
     */
    static String keyOf(byte[] rawKey) {
        if (rawKey == null) {
            return "(none)";
        }
        var key = new String(rawKey, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?");
        return key.length() <= KEY_SHOWN ? key : key.substring(0, KEY_SHOWN) + "…";
    }

    private static byte[] utf8(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }
}
