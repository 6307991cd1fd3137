package edu.lifecycle.registry.server.store;

import edu.lifecycle.registry.server.records.SchemaReference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

/**
 * The GUID Confluent 8 gives a schema: the MD5 of its stored (canonical) text followed by each reference's name,
 * subject and version (a 4-byte big-endian int), read as a UUID.
 *
 * <p>It depends only on that content, so re-registering identical text yields the same GUID even under a new id,
 * and the same text with other references is another schema.
 */
public final class SchemaGuid {

    private SchemaGuid() {}

    public static String of(String schema) {
        return of(schema, List.of());
    }

    public static String of(String schema, List<SchemaReference> references) {
        MessageDigest md5 = md5();
        md5.update(schema.getBytes(StandardCharsets.UTF_8));
        for (SchemaReference reference : references) {
            if (reference.name() != null) {
                md5.update(reference.name().getBytes(StandardCharsets.UTF_8));
            }
            if (reference.subject() != null) {
                md5.update(reference.subject().getBytes(StandardCharsets.UTF_8));
            }
            if (reference.version() != null) {
                md5.update(ByteBuffer.allocate(Integer.BYTES)
                        .putInt(reference.version())
                        .array());
            }
        }
        ByteBuffer digest = ByteBuffer.wrap(md5.digest());
        return new UUID(digest.getLong(), digest.getLong()).toString();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has MD5", e);
        }
    }
}
