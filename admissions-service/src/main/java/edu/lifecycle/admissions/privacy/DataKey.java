package edu.lifecycle.admissions.privacy;

import java.util.Objects;

/**
 * One person's data key: 256 random bits for AES-GCM. Its {@code toString} never shows the secret, so a key that
 * reaches a log line by accident leaks only its id.
 *
 * @param id names the key inside every value sealed with it
 * @param secret the AES key
 * @param createdFor the request that asked for it (a rectification's idempotency key), so a retried request reuses it;
 *     {@code null} when none
 */
public record DataKey(String id, byte[] secret, String createdFor) {

    public static final int SECRET_BYTES = 32;

    public DataKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        if (secret.length != SECRET_BYTES) {
            throw new IllegalArgumentException("a data key has " + SECRET_BYTES + " bytes");
        }
        if (id.isBlank() || id.contains(":")) {
            throw new IllegalArgumentException("a data key id is not blank and has no ':'");
        }
    }

    @Override
    public String toString() {
        return "DataKey[" + id + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataKey key && key.id.equals(id) && java.util.Arrays.equals(key.secret, secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
