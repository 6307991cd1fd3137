package edu.lifecycle.registry.serde.subject;

import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.Configurable;

/**
 * Names the subject a key or value schema is registered under. Configure one with {@code key.subject.name.strategy} or
 * {@code value.subject.name.strategy}; implementations need a public no-argument constructor.
 */
public interface SubjectNameStrategy extends Configurable {

    /**
     * @param schema the writer schema; null when a deserializer asks before it knows the schema, which only strategies
     *     that do not {@link #usesSchema() use the schema} can answer
     */
    String subjectName(String topic, boolean isKey, Schema schema);

    /** Whether the subject depends on the schema; a deserializer then cannot name the subject up front. */
    default boolean usesSchema() {
        return false;
    }

    @Override
    default void configure(Map<String, ?> configs) {}
}
