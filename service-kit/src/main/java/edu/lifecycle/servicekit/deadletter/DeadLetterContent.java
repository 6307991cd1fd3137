package edu.lifecycle.servicekit.deadletter;

import edu.lifecycle.servicekit.json.KitJson;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;

/**
 * A dead letter's value made readable where it can be: JSON (commands and the kit's internal topics) as JSON, Avro in
 * the Confluent wire format as the record its writer schema describes, anything else (the bytes that could not be
 * read) as Base64.
 *
 * @param format {@code json}, {@code avro}, {@code base64} or {@code none} (a tombstone)
 * @param value the decoded value: a JSON tree, or the Base64 text
 */
public record DeadLetterContent(String format, Object value) {

    private static final byte CONFLUENT_MAGIC = 0;

    /**
     * @param avro decodes Confluent-framed Avro read from a topic into its JSON text, or throws; {@code null} when the
     *     service has no registry
     */
    static DeadLetterContent of(byte[] value, String sourceTopic, BiFunction<String, byte[], String> avro) {
        if (value == null) {
            return new DeadLetterContent("none", null);
        }
        if (avro != null && value.length > 5 && value[0] == CONFLUENT_MAGIC) {
            try {
                return new DeadLetterContent("avro", KitJson.mapper().readTree(avro.apply(sourceTopic, value)));
            } catch (RuntimeException unreadable) {
                // The very reason it was dead-lettered, perhaps: shown raw below.
            }
        }
        String text = utf8(value);
        if (text != null) {
            try {
                return new DeadLetterContent("json", KitJson.mapper().readTree(text));
            } catch (JacksonException notJson) {
                // Not JSON: shown raw below.
            }
        }
        return new DeadLetterContent("base64", Base64.getEncoder().encodeToString(value));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
