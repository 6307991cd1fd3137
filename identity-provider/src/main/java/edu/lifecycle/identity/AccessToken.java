package edu.lifecycle.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * An access token as issued, and when it stops being accepted.
 *
 * @param value the raw token (a JWT), without the {@code Bearer } prefix
 */
public record AccessToken(String value, Instant expiresAt) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The value of an {@code Authorization} header carrying this token. */
    public String bearer() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        // A token is a credential: never printed whole by a log line or an assertion message.
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
