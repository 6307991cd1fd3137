package edu.lifecycle.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MovableClockTest {

    private static final Instant JUNE = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void startsWhereItIsToldAndRunsOn() {
        var clock = MovableClock.startingAt(JUNE);

        assertThat(Duration.between(JUNE, clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
    }

    @Test
    void jumpsForwardToAGivenDay() {
        var clock = MovableClock.startingAt(JUNE);

        clock.advanceTo(Instant.parse("2027-07-01T08:00:00Z"));

        assertThat(Duration.between(Instant.parse("2027-07-01T08:00:00Z"), clock.instant()))
                .isBetween(Duration.ZERO, Duration.ofMinutes(1));
    }

    @Test
    void neverGoesBack() {
        var clock = MovableClock.startingAt(JUNE);

        assertThatThrownBy(() -> clock.advanceTo(JUNE.minus(Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only moves forward");
    }
}
