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

/**
 * Writes the wire format: magic 0, the id, then plain Avro binary without any container or single-object header.
 *
 * <p>Records are encoded by a buffered {@link BinaryEncoder} into an output buffer that each thread reuses from one
 * record to the next (see {@link PerThreadSpare}); only the returned {@code byte[]}, a copy of exactly the written
 * bytes, is new per record. A new direct encoder over a new stream per record, as before, called the stream's
 * synchronized {@code write} for every field and regrew the stream from 32 bytes every time.
 */
final class AvroPayloadWriter {

    private static final int DATUM_WRITER_CACHE_CAPACITY = 1000;

    /** A thread keeps its buffer only while it stays this small, so one huge record does not pin memory for good. */
    static final int MAX_RETAINED_BUFFER_SIZE = 64 * 1024;

    private static final PerThreadSpare<Buffers> SPARE_BUFFERS = new PerThreadSpare<>();

    private final BoundedLruCache<IdentityKey, DatumWriter<Object>> writers =
            new BoundedLruCache<>(DATUM_WRITER_CACHE_CAPACITY);
    private final GenericData genericModel;

    AvroPayloadWriter(GenericData genericModel) {
        this.genericModel = genericModel;
    }

    byte[] write(int id, Object value, Schema schema) throws IOException {
        return write(id, value, writerFor(value, schema));
    }

    /**
     * Writes with a datum writer {@link #writerFor} gave for the value's class and the schema: null for a top-level
     * bytes schema.
     */
    byte[] write(int id, Object value, DatumWriter<Object> writer) throws IOException {
        if (writer == null) {
            return framedRawBytes(id, value);
        }
        PerThreadSpare.Slot<Buffers> slot = SPARE_BUFFERS.slot();
        Buffers buffers = slot.take();
        if (buffers == null) {
            buffers = new Buffers();
        }
        byte[] framed = buffers.encode(id, value, writer);
        // Not reached when the write failed: the encoder may still hold bytes of that record, so its buffers are
        // dropped.
        if (buffers.out.size() <= MAX_RETAINED_BUFFER_SIZE) {
            slot.giveBack(buffers);
        }
        return framed;
    }

    /**
     * The datum writer for values of this one's class under this schema, or null for a top-level bytes schema, which is
     * framed raw. The choice depends on nothing else, so a caller may keep it per (schema, value class).
     */
    DatumWriter<Object> writerFor(Object value, Schema schema) {
        if (schema.getType() == Schema.Type.BYTES) {
            return null;
        }
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

    /** Confluent writes a top-level bytes value raw, without Avro's length prefix; readers take the rest. */
    private static byte[] framedRawBytes(int id, Object value) {
        byte[] framed;
        if (value instanceof byte[] bytes) {
            framed = new byte[SchemaId.PREFIX_SIZE + bytes.length];
            System.arraycopy(bytes, 0, framed, SchemaId.PREFIX_SIZE, bytes.length);
        } else if (value instanceof ByteBuffer buffer) {
            ByteBuffer view = buffer.duplicate();
            framed = new byte[SchemaId.PREFIX_SIZE + view.remaining()];
            view.get(framed, SchemaId.PREFIX_SIZE, view.remaining());
        } else {
            throw new IllegalArgumentException("A bytes schema needs byte[] or ByteBuffer, not "
                    + value.getClass().getName());
        }
        SchemaId.putPrefix(framed, id);
        return framed;
    }

    /** A thread's output buffer, the encoder writing into it and the 5-byte prefix, reused record after record. */
    private static final class Buffers {

        final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        final byte[] prefix = new byte[SchemaId.PREFIX_SIZE];
        BinaryEncoder encoder;

        byte[] encode(int id, Object value, DatumWriter<Object> writer) throws IOException {
            out.reset();
            encoder = EncoderFactory.get().binaryEncoder(out, encoder);
            SchemaId.putPrefix(prefix, id);
            encoder.writeFixed(prefix);
            writer.write(value, encoder);
            encoder.flush();
            // A copy: the buffer stays with this thread and is overwritten by its next record.
            return out.toByteArray();
        }
    }
}
