package edu.lifecycle.registry.serde;

import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.errors.SerializationException;

/** The Avro schema a Java value is written with: its own for records, a primitive schema for plain Java values. */
final class WriterSchemas {

    // Shared instances keep the identity-keyed datum writer cache at one entry per primitive type.
    private static final Schema NULL = Schema.create(Schema.Type.NULL);
    private static final Schema BOOLEAN = Schema.create(Schema.Type.BOOLEAN);
    private static final Schema INT = Schema.create(Schema.Type.INT);
    private static final Schema LONG = Schema.create(Schema.Type.LONG);
    private static final Schema FLOAT = Schema.create(Schema.Type.FLOAT);
    private static final Schema DOUBLE = Schema.create(Schema.Type.DOUBLE);
    private static final Schema STRING = Schema.create(Schema.Type.STRING);
    private static final Schema BYTES = Schema.create(Schema.Type.BYTES);

    private WriterSchemas() {}

    static Schema of(Object value) {
        if (value == null) {
            return NULL;
        }
        // The two record classes first: instanceof a class is one compare, while instanceof an interface scans the
        // class's interfaces whenever that class was last checked against another interface (as Avro does for every
        // record with IndexedRecord and SpecificRecord), which showed up as a fifth of the serializer's time.
        if (value instanceof SpecificRecordBase record) {
            return record.getSchema();
        } else if (value instanceof GenericData.Record record) {
            return record.getSchema();
        } else if (value instanceof GenericContainer container) {
            return container.getSchema();
        } else if (value instanceof Boolean) {
            return BOOLEAN;
        } else if (value instanceof Integer) {
            return INT;
        } else if (value instanceof Long) {
            return LONG;
        } else if (value instanceof Float) {
            return FLOAT;
        } else if (value instanceof Double) {
            return DOUBLE;
        } else if (value instanceof CharSequence) {
            return STRING;
        } else if (value instanceof byte[] || value instanceof ByteBuffer) {
            return BYTES;
        }
        throw new SerializationException(
                "Unsupported Avro type " + value.getClass().getName()
                        + ". Supported types are null, Boolean, Integer, Long, Float, Double, CharSequence, byte[], ByteBuffer"
                        + " and GenericContainer (GenericRecord, SpecificRecord)");
    }
}
