package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.BoundedLruCache;
import java.io.IOException;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.Utf8;

/**
 * Decodes the Avro payload that follows the schema reference, resolving writer against reader schema. Each thread
 * reuses one {@link BinaryDecoder} from record to record (see {@link PerThreadSpare}); between two reads it still
 * refers to the last record's bytes.
 */
final class AvroPayloadReader {

    private static final int DATUM_READER_CACHE_CAPACITY = 1000;

    private static final PerThreadSpare<BinaryDecoder> SPARE_DECODERS = new PerThreadSpare<>();

    private final BoundedLruCache<IdentityKey, DatumReader<Object>> readers =
            new BoundedLruCache<>(DATUM_READER_CACHE_CAPACITY);
    private final boolean failOnTrailingData;

    AvroPayloadReader(boolean failOnTrailingData) {
        this.failOnTrailingData = failOnTrailingData;
    }

    /** Reads the payload from {@code data[offset]} to the end of the array. */
    Object read(byte[] data, int offset, Schema writer, ReaderSchemas.Reading reading) throws IOException {
        if (writer.getType() == Schema.Type.BYTES) {
            // Written raw by the serializer: the whole rest is the value.
            return Arrays.copyOfRange(data, offset, data.length);
        }
        DatumReader<Object> reader = readerFor(writer, reading);
        PerThreadSpare.Slot<BinaryDecoder> slot = SPARE_DECODERS.slot();
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, offset, data.length - offset, slot.take());
        Object value = reader.read(null, decoder);
        if (failOnTrailingData && !decoder.isEnd()) {
            throw new IOException("Found trailing data after the Avro message (avro.fail.on.trailing.data=true)");
        }
        slot.giveBack(decoder);
        // Avro hands strings out as Utf8; a top-level string should be what a Java caller expects.
        return writer.getType() == Schema.Type.STRING && value instanceof Utf8 ? value.toString() : value;
    }

    private DatumReader<Object> readerFor(Schema writer, ReaderSchemas.Reading reading) {
        IdentityKey key = new IdentityKey(writer, reading.schema(), reading.model());
        DatumReader<Object> reader = readers.get(key);
        if (reader == null) {
            reader = newReader(writer, reading.schema(), reading.model());
            readers.put(key, reader);
        }
        return reader;
    }

    private static DatumReader<Object> newReader(Schema writer, Schema reader, GenericData model) {
        return model instanceof SpecificData specific
                ? new SpecificDatumReader<>(writer, reader, specific)
                : new GenericDatumReader<>(writer, reader, model);
    }
}
