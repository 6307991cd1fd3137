package edu.lifecycle.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A token kept and renewed 60 s before it expires, shared safely by many threads. {@link #get()} returns the value of
 * an {@code Authorization} header, {@code "Bearer <token>"}; {@link #token()} the token itself.
 */
public final class BearerTokens implements Supplier<String> {
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private final Supplier<AccessToken> source;
    private final Clock clock;
    private AccessToken current;

    BearerTokens(Supplier<AccessToken> source, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = clock;
    }

    /** {@code "Bearer <token>"}, ready for an {@code Authorization} header. */
    @Override
    public String get() {
        return token().bearer();
    }

    /** The current token, fetched anew when none is held or it expires within 60 s. */
    public synchronized AccessToken token() {
        if (current == null || !clock.instant().plus(RENEW_BEFORE_EXPIRY).isBefore(current.expiresAt())) {
            current = source.get();
        }
        return current;
    }
}
