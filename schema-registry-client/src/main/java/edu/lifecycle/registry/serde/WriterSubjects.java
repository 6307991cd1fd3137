package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.serde.subject.SubjectNameStrategy;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * The subject a serializer registers or looks up a writer schema under, remembered per schema instance. A strategy
 * such as {@code TopicRecordNameStrategy} concatenates a new String per call, whose hash the registry client's caches
 * would then compute again for every record; remembered, it is one String with its hash cached. Strategies name a
 * subject from the topic, the key flag and the schema alone, so the remembered answer stays right. Thread-safe.
 */
final class WriterSubjects {

    /** More distinct schemas than this (an application building schemas per record) start the memo afresh. */
    static final int CAPACITY = 1000;

    /** Held with the schema instance, so that only that instance, not a merely equal schema, gets the subject. */
    private record Named(Schema schema, String topic, String subject) {}

    private final SubjectNameStrategy strategy;
    private final boolean isKey;
    private final Map<Schema, Named> bySchema = new ConcurrentHashMap<>();

    WriterSubjects(SubjectNameStrategy strategy, boolean isKey) {
        this.strategy = strategy;
        this.isKey = isKey;
    }

    String subjectName(String topic, Schema schema) {
        Named known = bySchema.get(schema);
        if (known != null && known.schema() == schema && Objects.equals(known.topic(), topic)) {
            return known.subject();
        }
        // First sight, another topic, or an equal but different instance: ask the strategy, remember its answer.
        String subject = strategy.subjectName(topic, isKey, schema);
        if (bySchema.size() >= CAPACITY) {
            bySchema.clear();
        }
        bySchema.put(schema, new Named(schema, topic, subject));
        return subject;
    }
}
