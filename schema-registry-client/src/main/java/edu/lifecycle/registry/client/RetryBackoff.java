package edu.lifecycle.registry.client;

import java.time.Duration;

/** Exponential back-off: {@code initial}, doubled per further retry, never above {@code max}. */
record RetryBackoff(Duration initial, Duration max) {

    Duration delay(int retry) {
        if (initial.isZero()) {
            return Duration.ZERO;
        }
        // 2^20 times any sane initial wait is already far above any sane max, and keeps the shift from overflowing.
        long factor = 1L << Math.min(retry, 20);
        long millis = initial.toMillis() > max.toMillis() / factor ? max.toMillis() : initial.toMillis() * factor;
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
