package edu.lifecycle.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that runs at the real pace from a point in time that can be moved forward. Injected into services that
 * run in one JVM, it lets a demo or a system test play a whole academic year in minutes: instalments fall due,
 * internships end, defenses take place, and every service agrees on the date.
 */
public final class MovableClock extends Clock {

    private final Clock base;
    private final ZoneId zone;
    private volatile Duration offset;

    private MovableClock(Clock base, ZoneId zone, Duration offset) {
        this.base = base;
        this.zone = zone;
        this.offset = offset;
    }

    /** A clock that reads {@code start} now and moves on at the real pace. */
    public static MovableClock startingAt(Instant start) {
        var base = Clock.systemUTC();
        return new MovableClock(base, ZoneOffset.UTC, Duration.between(base.instant(), start));
    }

    /** Jumps to {@code target}; never backwards, since services may not see time go back. */
    public synchronized void advanceTo(Instant target) {
        var now = instant();
        if (target.isBefore(now)) {
            throw new IllegalArgumentException("Time only moves forward: it is " + now + ", not " + target);
        }
        offset = offset.plus(Duration.between(now, target));
    }

    public void advance(Duration duration) {
        advanceTo(instant().plus(duration));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        Objects.requireNonNull(newZone, "zone");
        // Shares nothing with this clock after the call: a zone change is a view, and views do not move.
        return Clock.offset(base, offset).withZone(newZone);
    }
}
