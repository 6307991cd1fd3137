package edu.lifecycle.servicekit.command;

import java.util.UUID;
import java.util.regex.Pattern;

/** Command ids: the client's {@code Idempotency-Key} when it sends one, else a fresh UUID. */
public final class CommandIds {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CommandIds() {}

    /** The command id for a request; throws {@link InvalidIdempotencyKeyException} (400) for a malformed key. */
    public static String fromIdempotencyKey(String idempotencyKey) {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        if (!VALID_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        return idempotencyKey;
    }
}
