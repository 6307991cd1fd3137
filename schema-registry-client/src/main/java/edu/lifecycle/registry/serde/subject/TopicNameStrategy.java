package edu.lifecycle.registry.serde.subject;

import org.apache.avro.Schema;

/** {@code <topic>-key} / {@code <topic>-value}: one evolving schema per topic, the default. */
public class TopicNameStrategy implements SubjectNameStrategy {

    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return topic + (isKey ? "-key" : "-value");
    }
}
