package edu.lifecycle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BearerTokensTest {
    private final Instant start = Instant.parse("2026-09-01T08:00:00Z");
    private final AtomicInteger issued = new AtomicInteger();

    private AccessToken issue(Instant now) {
        return new AccessToken("token-" + issued.incrementAndGet(), now.plus(Duration.ofMinutes(15)));
    }

    @Test
    void keepsTheTokenUntilAMinuteBeforeItExpiresThenRenewsIt() {
        MutableClock clock = new MutableClock(start);
        BearerTokens tokens = new BearerTokens(() -> issue(clock.instant()), clock);

        assertThat(tokens.get()).isEqualTo("Bearer token-1");
        clock.now = start.plus(Duration.ofMinutes(13)).plusSeconds(59);
        assertThat(tokens.get()).isEqualTo("Bearer token-1");
        clock.now = start.plus(Duration.ofMinutes(14));
        assertThat(tokens.get()).isEqualTo("Bearer token-2");
        assertThat(tokens.token().value()).isEqualTo("token-2");
    }

    @Test
    void anAlreadyExpiredTokenIsFetchedAgainEachTime() {
        MutableClock clock = new MutableClock(start);
        BearerTokens tokens = new BearerTokens(
                () -> new AccessToken("expired-" + issued.incrementAndGet(), start.minusSeconds(300)), clock);

        assertThat(tokens.get()).isEqualTo("Bearer expired-1");
        assertThat(tokens.get()).isEqualTo("Bearer expired-2");
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
