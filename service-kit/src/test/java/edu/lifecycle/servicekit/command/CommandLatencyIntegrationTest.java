package edu.lifecycle.servicekit.command;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.ledger.LedgerInstance;
import edu.lifecycle.servicekit.ledger.TestRuns;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures what a client waits for an accepted command, at two commit intervals, and reports it in the log. */
@KafkaStack
class CommandLatencyIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(CommandLatencyIntegrationTest.class);
    private static final int WARM_UP = 5;
    private static final int MEASURED = 40;

    @Test
    void commandLatencyFollowsTheCommitInterval(StackEndpoints endpoints) {
        Latency at50 = measure(endpoints, "50ms");
        Latency at100 = measure(endpoints, "100ms");

        log.info("Command latency with commit.interval.ms=50:  {}", at50);
        log.info("Command latency with commit.interval.ms=100: {}", at100);
        assertThat(at50.medianMillis()).isLessThan(1000);
        assertThat(at100.medianMillis()).isLessThan(1000);
    }

    private static Latency measure(StackEndpoints endpoints, String commitInterval) {
        try (var ledger = LedgerInstance.start(
                endpoints, TestRuns.newRun("latency"), "a", Map.of("lifecycle.kit.commit-interval", commitInterval))) {
            assertThat(ledger.post("/api/v1/accounts", "{\"accountId\": \"acc-1\", \"owner\": \"Ada\"}")
                            .statusCode())
                    .isEqualTo(201);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long started = System.nanoTime();
                int status = ledger.post("/api/v1/accounts/acc-1/deposits", "{\"amount\": 1}")
                        .statusCode();
                double elapsed = (System.nanoTime() - started) / 1_000_000.0;
                assertThat(status).isEqualTo(200);
                if (i >= WARM_UP) {
                    millis.add(elapsed);
                }
            }
            return Latency.of(millis);
        }
    }

    record Latency(double medianMillis, double p90Millis, double maxMillis, double minMillis) {

        static Latency of(List<Double> samples) {
            List<Double> sorted = samples.stream().sorted().toList();
            return new Latency(
                    sorted.get(sorted.size() / 2),
                    sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
                    sorted.get(sorted.size() - 1),
                    sorted.get(0));
        }

        @Override
        public String toString() {
            return String.format(
                    "median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms",
                    medianMillis, p90Millis, minMillis, maxMillis);
        }
    }
}
