package edu.lifecycle.placement.it;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;

/**
 * The running service's clock, fixed after the 2026-2027 placements the test signs: validations come after their end
 * and every date stays within the plausible window, whatever day the test runs. Added as a source of the application
 * rather than found by scanning, so no other context picks it up.
 */
class FixedClock {

    static final Instant NOW = Instant.parse("2027-10-01T10:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
