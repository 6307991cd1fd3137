package edu.lifecycle.registry.serde;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The schema reference in front of (or in a header beside) every record: magic 0 with a 4-byte big-endian id, the
 * classic form, or magic 1 with a 16-byte content-derived GUID, which CP 8 serializers may write.
 */
sealed interface SchemaId {

    byte MAGIC_ID = 0x0;
    byte MAGIC_GUID = 0x1;
    int ID_SIZE = 4;
    /** The classic prefix: magic 0 and the 4-byte id. */
    int PREFIX_SIZE = 1 + ID_SIZE;

    String KEY_SCHEMA_ID_HEADER = "__key_schema_id";
    String VALUE_SCHEMA_ID_HEADER = "__value_schema_id";

    record Numeric(int id) implements SchemaId {
        @Override
        public String toString() {
            return "id " + id;
        }
    }

    record Guid(UUID guid) implements SchemaId {
        @Override
        public String toString() {
            return "guid " + guid;
        }
    }

    /** Reads a schema reference from the buffer's position, leaving the position at the payload. */
    static SchemaId read(ByteBuffer buffer) {
        if (!buffer.hasRemaining()) {
            throw new IllegalArgumentException("Missing magic byte: no data");
        }
        byte magic = buffer.get();
        if (magic == MAGIC_ID) {
            requireRemaining(buffer, ID_SIZE);
            return new Numeric(buffer.getInt());
        }
        if (magic == MAGIC_GUID) {
            requireRemaining(buffer, 16);
            return new Guid(new UUID(buffer.getLong(), buffer.getLong()));
        }
        // The wording users search for: it almost always means the data was not written by a registry serializer.
        throw new IllegalArgumentException("Unknown magic byte!");
    }

    /** Whether the data starts with the classic prefix, magic 0 and a whole 4-byte id. */
    static boolean hasNumericPrefix(byte[] data) {
        return data.length >= PREFIX_SIZE && data[0] == MAGIC_ID;
    }

    /** The id of data that {@link #hasNumericPrefix has the classic prefix}, read big-endian from bytes 1 to 4. */
    static int numericIdOf(byte[] data) {
        return (data[1] & 0xff) << 24 | (data[2] & 0xff) << 16 | (data[3] & 0xff) << 8 | (data[4] & 0xff);
    }

    /** Writes the classic prefix for {@code id} into the first {@link #PREFIX_SIZE} bytes of {@code target}. */
    static void putPrefix(byte[] target, int id) {
        target[0] = MAGIC_ID;
        target[1] = (byte) (id >>> 24);
        target[2] = (byte) (id >>> 16);
        target[3] = (byte) (id >>> 8);
        target[4] = (byte) id;
    }

    private static void requireRemaining(ByteBuffer buffer, int size) {
        if (buffer.remaining() < size) {
            throw new IllegalArgumentException("Schema reference truncated: expected " + size
                    + " bytes after the magic " + "byte, found " + buffer.remaining());
        }
    }
}
