package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.web.Identifiers;
import java.util.UUID;

/** Command ids: the client's {@code Idempotency-Key} when it sends one, else a fresh UUID. */
public final class CommandIds {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private CommandIds() {}

    /** The command id for a request; throws {@link InvalidIdempotencyKeyException} (400) for a malformed key. */
    public static String fromIdempotencyKey(String idempotencyKey) {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        if (!Identifiers.isValid(idempotencyKey)) {
            throw new InvalidIdempotencyKeyException();
        }
        return idempotencyKey;
    }
}
