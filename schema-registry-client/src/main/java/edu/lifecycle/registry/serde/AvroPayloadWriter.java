package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.BoundedLruCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/** Writes the wire format: magic 0, the id, then plain Avro binary without any container or single-object header. */
final class AvroPayloadWriter {

    private static final int DATUM_WRITER_CACHE_CAPACITY = 1000;

    private final BoundedLruCache<IdentityKey, DatumWriter<Object>> writers =
            new BoundedLruCache<>(DATUM_WRITER_CACHE_CAPACITY);
    private final GenericData genericModel;

    AvroPayloadWriter(GenericData genericModel) {
        this.genericModel = genericModel;
    }

    byte[] write(int id, Object value, Schema schema) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(SchemaId.prefix(id));
        if (schema.getType() == Schema.Type.BYTES) {
            // Confluent writes a top-level bytes value raw, without Avro's length prefix; readers take the rest.
            out.write(rawBytes(value));
        } else {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writerFor(value, schema).write(value, encoder);
            encoder.flush();
        }
        return out.toByteArray();
    }

    private DatumWriter<Object> writerFor(Object value, Schema schema) {
        // Generated classes carry their logical-type conversions in their own SpecificData (MODEL$). Taking it from
        // the value's class, not from the schema's name, also avoids Avro 1.12.2's by-name class loading check.
        GenericData model = value instanceof SpecificRecord ? SpecificData.getForClass(value.getClass()) : genericModel;
        IdentityKey key = new IdentityKey(schema, model, null);
        DatumWriter<Object> writer = writers.get(key);
        if (writer == null) {
            writer = model instanceof SpecificData specific
                    ? new SpecificDatumWriter<>(schema, specific)
                    : new GenericDatumWriter<>(schema, model);
            writers.put(key, writer);
        }
        return writer;
    }

    private static byte[] rawBytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof ByteBuffer buffer) {
            ByteBuffer view = buffer.duplicate();
            byte[] bytes = new byte[view.remaining()];
            view.get(bytes);
            return bytes;
        }
        throw new IllegalArgumentException("A bytes schema needs byte[] or ByteBuffer, not "
                + value.getClass().getName());
    }
}
