package edu.lifecycle.benchmarks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The open-loop scheduler: fires at the intended times whatever the responses do, and counts the capped ones. */
class OpenLoopTest {

    @Test
    void firesEveryRequestAtItsIntendedTimeAndMeasuresOnlyAfterTheWarmUp() throws Exception {
        var measured = new ConcurrentLinkedQueue<Integer>();
        var intendedTimes = new ConcurrentLinkedQueue<Long>();

        var outcome = new OpenLoop(100)
                .run(200, Duration.ofMillis(100), Duration.ofMillis(200), (index, intended, isMeasured) -> {
                    intendedTimes.add(intended);
                    if (isMeasured) {
                        measured.add(index);
                    }
                    return CompletableFuture.completedFuture(null);
                });

        assertThat(outcome.fired()).isEqualTo(60);
        assertThat(outcome.measured()).isEqualTo(40);
        assertThat(measured).hasSize(40).allMatch(index -> index >= 20);
        assertThat(outcome.sentLateForCap()).isZero();
        long first = intendedTimes.peek();
        assertThat(intendedTimes).allMatch(time -> (time - first) % 5_000_000L == 0);
    }

    @Test
    void keepsFiringWhileEarlierRequestsAreStillOutstandingUpToTheCap() throws Exception {
        var slow = Executors.newSingleThreadScheduledExecutor();
        try {
            var outcome = new OpenLoop(5).run(500, Duration.ZERO, Duration.ofMillis(100), (index, intended, m) -> {
                var done = new CompletableFuture<Void>();
                slow.schedule(() -> done.complete(null), 50, TimeUnit.MILLISECONDS);
                return done;
            });

            assertThat(outcome.fired()).isEqualTo(50);
            assertThat(outcome.sentLateForCap()).isPositive();
        } finally {
            slow.shutdownNow();
        }
    }
}
