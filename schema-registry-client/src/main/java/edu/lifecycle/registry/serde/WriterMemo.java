package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.SchemaRegistryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumWriter;

/**
 * What a serializer resolved a writer schema instance to, so that the next record with that instance skips the
 * subject strategy, the registry client and the datum writer cache: two synchronized LRU lookups and two key objects
 * per record, which made serializing 1.5 times as slow as plain Avro.
 *
 * <p>An answer holds only while the client's {@link SchemaRegistryClient#cacheGeneration() cache generation} is the one
 * read before resolving it: after a delete or a reset the client forgets the subject and the next record registers
 * again, and so must the memo's user. Keyed by the schema instance (not a merely equal schema, as for the datum
 * writers), the topic and the value's class, which picks the data model of the datum writer; the serializer instance
 * fixes key or value. Thread-safe: answers are immutable and a lost race only costs one more resolution.
 */
final class WriterMemo {

    /** More distinct schemas than this (an application building schemas per record) start the memo afresh. */
    static final int CAPACITY = 1000;

    /** Answers kept per schema instance: one per topic and value class it is written with, newest first. */
    static final int ANSWERS_PER_SCHEMA = 4;

    /**
     * The id and the datum writer (null for top-level bytes) to write values of {@code valueClass} with {@code schema}
     * on {@code topic}, valid while the client's generation is {@code generation}.
     */
    record Answer(
            Schema schema, String topic, Class<?> valueClass, long generation, int id, DatumWriter<Object> writer) {

        boolean answers(Schema schema, String topic, Class<?> valueClass) {
            return this.schema == schema && this.valueClass == valueClass && Objects.equals(this.topic, topic);
        }
    }

    // Keyed by Schema, whose hash Avro caches, and probed by identity first, so a hit compares no schemas. Each array
    // holds the answers of one instance and is never changed once in the map, which publishes it.
    private final Map<Schema, Answer[]> bySchema = new ConcurrentHashMap<>();

    /** The answer for exactly this schema instance, topic and value class, if it is still of this generation. */
    Answer find(Schema schema, String topic, Class<?> valueClass, long generation) {
        Answer[] answers = bySchema.get(schema);
        if (answers != null) {
            for (Answer answer : answers) {
                if (answer.answers(schema, topic, valueClass)) {
                    return answer.generation() == generation ? answer : null;
                }
            }
        }
        return null;
    }

    /** Keeps an answer resolved after reading {@code generation}; an untracked generation keeps nothing. */
    void remember(
            Schema schema, String topic, Class<?> valueClass, long generation, int id, DatumWriter<Object> writer) {
        if (generation == SchemaRegistryClient.UNTRACKED_GENERATION) {
            return;
        }
        if (bySchema.size() >= CAPACITY) {
            bySchema.clear();
        }
        List<Answer> kept = new ArrayList<>(ANSWERS_PER_SCHEMA);
        kept.add(new Answer(schema, topic, valueClass, generation, id, writer));
        Answer[] previous = bySchema.get(schema);
        if (previous != null && previous[0].schema() != schema) {
            // An equal but different instance's answers: put would keep that instance as the key, and every later
            // lookup with this one would compare the two schemas field by field before finding its answer.
            bySchema.remove(schema);
        } else if (previous != null) {
            // The instance's answers for other topics and classes stay.
            for (Answer answer : previous) {
                if (kept.size() < ANSWERS_PER_SCHEMA && !answer.answers(schema, topic, valueClass)) {
                    kept.add(answer);
                }
            }
        }
        bySchema.put(schema, kept.toArray(new Answer[0]));
    }
}
