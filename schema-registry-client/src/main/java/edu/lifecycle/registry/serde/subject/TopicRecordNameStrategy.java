package edu.lifecycle.registry.serde.subject;

import org.apache.avro.Schema;

/** {@code <topic>-<record full name>}: several event types per topic, each evolving on its own. */
public class TopicRecordNameStrategy implements SubjectNameStrategy {

    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return topic + "-" + RecordNames.fullName(schema, isKey, getClass());
    }

    @Override
    public boolean usesSchema() {
        return true;
    }
}
