package edu.lifecycle.benchmarks.system;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: request {@code i} is due at {@code start + i / rate} whatever happened to the earlier ones, and
 * its latency is measured from that intended time (the request's own callback records it), so a stalled system is
 * charged for every request it delayed: no coordinated omission. At most {@link #maxOutstanding} requests are in
 * flight; when that cap is reached the scheduler waits for a slot, the request leaves late, and its lateness is still
 * part of its latency.
 */
final class OpenLoop {

    /** One request, fired at (or after) its intended time; completes when its measured end is recorded. */
    interface Request {
        CompletableFuture<?> fire(int index, long intendedNanos, boolean measured);
    }

    /** What the scheduler saw: requests fired, how many were measured, and how many left late for the cap. */
    record Outcome(int fired, int measured, int sentLateForCap, long drainMillis) {}

    private final int maxOutstanding;

    OpenLoop(int maxOutstanding) {
        this.maxOutstanding = maxOutstanding;
    }

    int maxOutstanding() {
        return maxOutstanding;
    }

    Outcome run(int ratePerSecond, Duration warmup, Duration measurement, Request request) throws InterruptedException {
        int warmupCount = (int) (ratePerSecond * warmup.toMillis() / 1000);
        int total = warmupCount + (int) (ratePerSecond * measurement.toMillis() / 1000);
        long interval = 1_000_000_000L / ratePerSecond;
        var slots = new Semaphore(maxOutstanding);
        var late = new AtomicInteger();
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!slots.tryAcquire()) {
                late.incrementAndGet();
                slots.acquire();
            }
            CompletableFuture<?> done;
            try {
                done = request.fire(i, intended, i >= warmupCount);
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            done.whenComplete((ignored, error) -> slots.release());
        }
        long drainBegin = System.nanoTime();
        if (!slots.tryAcquire(maxOutstanding, 120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Requests still outstanding 120 s after the last was fired");
        }
        slots.release(maxOutstanding);
        return new Outcome(
                total, total - warmupCount, late.get(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - drainBegin));
    }
}
