package edu.lifecycle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The tests' clock stands still until moved, and a view in another zone moves with it. */
class TestClockTest {

    @Test
    void timePassesOnlyWhenTheTestMovesIt() {
        var clock = TestClock.at("2026-09-01T08:00:00Z");

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-09-01T08:00:00Z"));
        clock.advance(Duration.ofDays(45));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-10-16T08:00:00Z"));
        clock.moveTo(Instant.parse("2026-09-02T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-09-02T00:00:00Z"));
    }

    @Test
    void aViewInTheSchoolsZoneMovesWithTheClock() {
        var clock = TestClock.at("2026-12-31T23:30:00Z");
        var paris = clock.withZone(ZoneId.of("Europe/Paris"));

        assertThat(LocalDateTime.now(paris)).isEqualTo(LocalDateTime.parse("2027-01-01T00:30:00"));
        clock.advance(Duration.ofHours(1));
        assertThat(paris.instant()).isEqualTo(Instant.parse("2027-01-01T00:30:00Z"));
        assertThat(clock.withZone(clock.getZone())).isSameAs(clock);
    }
}
