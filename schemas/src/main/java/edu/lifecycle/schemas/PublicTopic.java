package edu.lifecycle.schemas;

import java.util.List;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;

/**
 * A topic that other services and outside systems may read. Keyed by student id; its values are Avro records of the
 * listed types, each type evolving under its own registry subject.
 *
 * @param name the Kafka topic name
 * @param compacted whether the topic keeps only the latest value per key (and erases a key with a tombstone)
 * @param recordTypes the generated classes of the records written to the topic
 */
public record PublicTopic(String name, boolean compacted, List<Class<? extends SpecificRecord>> recordTypes) {

    public PublicTopic {
        Objects.requireNonNull(name, "name");
        recordTypes = List.copyOf(recordTypes);
    }

    /** One registry subject per record type of this topic. */
    public List<Subject> subjects() {
        return recordTypes.stream().map(type -> new Subject(name, type)).toList();
    }
}
