package edu.lifecycle.schemas;

import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * A Schema Registry subject under {@code TopicRecordNameStrategy}: one record type as written to one topic. Several event
 * types share a topic, and this strategy lets each of them evolve on its own.
 *
 * @param topic the topic the records are written to
 * @param recordType the generated class of the records
 */
public record Subject(String topic, Class<? extends SpecificRecord> recordType) {

    public Subject {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(recordType, "recordType");
    }

    /** The current schema of the record type, as its generated class carries it. */
    public Schema schema() {
        return SpecificData.get().getSchema(recordType);
    }

    /** {@code <topic>-<record full name>}, the subject the record's schema is registered under. */
    public String name() {
        return topic + "-" + schema().getFullName();
    }
}
