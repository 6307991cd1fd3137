package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.json.KitJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What a client asked, hashed: the commands topic, the aggregate, the command type (which together name the endpoint)
 * and the request's content. Two requests under one {@code Idempotency-Key} with different fingerprints are two
 * intents, and the second is refused (IETF httpapi Idempotency-Key draft: 422) instead of being answered with the
 * first's outcome and silently dropped.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(String topic, String aggregateKey, String type, Object payload) {
        String request = topic + "\n" + aggregateKey + "\n" + type + "\n" + KitJson.toTree(payload);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
