package edu.lifecycle.registry.server.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The GUID Confluent 8 gives a schema: the MD5 of its stored (canonical) text, read as a UUID.
 *
 * <p>It depends only on the text, so re-registering identical text yields the same GUID even under a new id.
 */
public final class SchemaGuid {

    private SchemaGuid() {}

    public static String of(String schema) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(schema.getBytes(StandardCharsets.UTF_8));
            ByteBuffer bytes = ByteBuffer.wrap(md5);
            return new UUID(bytes.getLong(), bytes.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has MD5", e);
        }
    }
}
