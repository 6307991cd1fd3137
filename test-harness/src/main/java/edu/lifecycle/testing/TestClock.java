package edu.lifecycle.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' clock: time passes only when the test says so. Injected where the code asks for a {@link Clock}, it
 * lets a test reach a due date, a deadline or a cache's expiry without waiting. Safe to read from the threads of a
 * running service while the test moves it.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public TestClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock reading {@code instant}, e.g. {@code TestClock.at("2026-09-01T08:00:00Z")}. */
    public static TestClock at(String instant) {
        return new TestClock(Instant.parse(instant));
    }

    /** Sets the time, forward or back (a test may replay what happened before). */
    public void moveTo(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    public void advance(Duration duration) {
        now.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen from another zone: moving either moves both. */
    @Override
    public Clock withZone(ZoneId newZone) {
        return newZone.equals(zone) ? this : new TestClock(now, newZone);
    }
}
