package edu.lifecycle.registry.serde.subject;

import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;

final class RecordNames {

    private RecordNames() {}

    /** Only records have a name that identifies an event type; a bare string or int would collide across topics. */
    static String fullName(Schema schema, boolean isKey, Class<?> strategy) {
        if (schema == null || schema.getType() != Schema.Type.RECORD) {
            String part = isKey ? "key" : "value";
            throw new SerializationException("In configuration " + part + ".subject.name.strategy = "
                    + strategy.getSimpleName() + ", the message " + part + " must only be an Avro record schema");
        }
        return schema.getFullName();
    }
}
