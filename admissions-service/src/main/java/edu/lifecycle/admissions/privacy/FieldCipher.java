package edu.lifecycle.admissions.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals one text value with a person's data key: AES-256-GCM from the JDK, the person's id as associated data (a value
 * copied onto another person does not open). A sealed value reads {@code pd1:<key id>:<base64url(iv | ciphertext |
 * tag)>}.
 *
 * <p>The IV is synthetic: the first 96 bits of an HMAC-SHA-256 of the person's id and the value, under a key derived
 * from the data key. The same value sealed twice with the same key gives the same text, so a retried request keeps its
 * fingerprint (the kit refuses an idempotency key reused for a different body); two different values never share an
 * IV. What it reveals is only that one person's value did not change, to whoever sees both copies.
 */
public final class FieldCipher {

    static final String PREFIX = "pd1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private FieldCipher() {}

    public static boolean isSealed(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    public static String seal(DataKey key, String subject, String plaintext) {
        byte[] aad = subject.getBytes(StandardCharsets.UTF_8);
        byte[] clear = plaintext.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] iv = Arrays.copyOf(syntheticIv(key, aad, clear), IV_BYTES);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey(key), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(clear);
            byte[] body = ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return PREFIX + key.id() + ":"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JVM has AES-GCM and HMAC-SHA-256", e);
        }
    }

    /** The id of the key a sealed value needs. */
    public static String keyIdOf(String sealed) {
        requireSealed(sealed);
        int end = sealed.indexOf(':', PREFIX.length());
        if (end < 0) {
            throw new IllegalArgumentException("a sealed value names its key");
        }
        return sealed.substring(PREFIX.length(), end);
    }

    /** The value, or empty when {@code key} does not open it (another key, another person, or altered). */
    public static Optional<String> open(DataKey key, String subject, String sealed) {
        requireSealed(sealed);
        if (!keyIdOf(sealed).equals(key.id())) {
            return Optional.empty();
        }
        byte[] body;
        try {
            body = Base64.getUrlDecoder()
                    .decode(sealed.substring(PREFIX.length() + key.id().length() + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (body.length < IV_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey(key), new GCMParameterSpec(TAG_BITS, body, 0, IV_BYTES));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            byte[] clear = cipher.doFinal(body, IV_BYTES, body.length - IV_BYTES);
            return Optional.of(new String(clear, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JVM has AES-GCM", e);
        }
    }

    private static byte[] syntheticIv(DataKey key, byte[] aad, byte[] clear) throws GeneralSecurityException {
        // A key of its own for the IV, derived from the data key, so that the HMAC and AES never share key material.
        byte[] ivKey = MessageDigest.getInstance("SHA-256")
                .digest(concat("pd1-iv".getBytes(StandardCharsets.UTF_8), key.secret()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ivKey, "HmacSHA256"));
        mac.update(aad);
        mac.update((byte) 0);
        return mac.doFinal(clear);
    }

    private static SecretKeySpec aesKey(DataKey key) {
        return new SecretKeySpec(key.secret(), "AES");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void requireSealed(String text) {
        if (!isSealed(text)) {
            throw new IllegalArgumentException("not a sealed value");
        }
    }
}
