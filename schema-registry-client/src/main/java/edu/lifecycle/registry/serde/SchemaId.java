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

    static byte[] prefix(int id) {
        return ByteBuffer.allocate(1 + ID_SIZE).put(MAGIC_ID).putInt(id).array();
    }

    private static void requireRemaining(ByteBuffer buffer, int size) {
        if (buffer.remaining() < size) {
            throw new IllegalArgumentException("Schema reference truncated: expected " + size
                    + " bytes after the magic " + "byte, found " + buffer.remaining());
        }
    }
}
