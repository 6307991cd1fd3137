package edu.lifecycle.registry.serde.subject;

import org.apache.avro.Schema;

/** The record's full name, e.g. {@code interop.Payment}: one subject per event type, shared by every topic. */
public class RecordNameStrategy implements SubjectNameStrategy {

    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return RecordNames.fullName(schema, isKey, getClass());
    }

    @Override
    public boolean usesSchema() {
        return true;
    }
}
