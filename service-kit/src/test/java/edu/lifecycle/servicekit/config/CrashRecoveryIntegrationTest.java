package edu.lifecycle.servicekit.config;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.ledger.LedgerProcess;
import edu.lifecycle.servicekit.ledger.TestRuns;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A crash ({@code kill -9}) and a restart, as an operator lives them: readiness says UP only when commands are answered
 * again, and then they are answered with their outcome at once, not with 202 while the dead instance's consumer-group
 * membership runs out. The instance runs in a JVM of its own, which the test kills with {@code destroyForcibly}.
 */
@KafkaStack
class CrashRecoveryIntegrationTest {

    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(10);

    private static final String SESSION_TIMEOUT = "spring.kafka.streams.properties.session.timeout.ms";

    /**
     * The dead member's session, when it must run out: 30 s rather than Kafka's 45 s default, 15 s less to wait. Still
     * far longer than the restarted instance takes to serve HTTP (about 13 s) plus one command's wait for its outcome
     * (5 s), so commands are still seen answered 202 while readiness is DOWN.
     */
    private static final Map<String, String> SHORTER_SESSION = Map.of(SESSION_TIMEOUT, "30000");

    @Test
    void afterAKillAndRestartCommandsAreAnsweredWithTheirOutcomeWithinTenSecondsOfReadiness(StackEndpoints stack)
            throws Exception {
        String run = TestRuns.newRun("crash");
        Path state = Path.of(System.getProperty("java.io.tmpdir"), "kit-state", run);
        Path log = Files.createDirectories(state).resolve("ledger.log");
        int port = freePort();
        String account = "acc-" + UUID.randomUUID();

        var first = LedgerProcess.start(stack, run, state.resolve("a"), port, log, Map.of());
        try {
            awaitReady(first);
            assertThat(first.status(
                            "POST", "/api/v1/accounts", "{\"accountId\":\"" + account + "\",\"owner\":\"Ada\"}"))
                    .isEqualTo(201);
            assertThat(deposit(first, account)).isEqualTo(200);
        } finally {
            first.crash();
        }

        long restarted = System.nanoTime();
        try (var second = LedgerProcess.start(stack, run, state.resolve("a"), port, log, Map.of())) {
            awaitReady(second);
            long ready = System.nanoTime();
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(deposit(second, account));
            }
            long answered = System.nanoTime();

            System.out.printf(
                    "Restarted after kill -9: ready %d ms after the restart, 5 commands answered %d ms after readiness%n",
                    Duration.ofNanos(ready - restarted).toMillis(),
                    Duration.ofNanos(answered - ready).toMillis());
            assertThat(answers).as("answered with their outcome, not 202").containsOnly(200);
            assertThat(Duration.ofNanos(answered - ready)).isLessThan(ANSWERED_WITHIN);
        }
    }

    @Test
    void readinessStaysDownWhileTheDeadMembersPartitionsCannotBeTakenBack(StackEndpoints stack) throws Exception {
        String run = TestRuns.newRun("crash-dynamic");
        Path state = Path.of(System.getProperty("java.io.tmpdir"), "kit-state", run);
        Path log = Files.createDirectories(state).resolve("ledger.log");
        int port = freePort();
        String account = "acc-" + UUID.randomUUID();

        var first = LedgerProcess.start(stack, run, state.resolve("a"), port, log, SHORTER_SESSION);
        try {
            awaitReady(first);
            assertThat(first.status(
                            "POST", "/api/v1/accounts", "{\"accountId\":\"" + account + "\",\"owner\":\"Ada\"}"))
                    .isEqualTo(201);
        } finally {
            first.crash();
        }

        // Another member id, as without static membership: the dead member keeps its partitions until its session
        // times out, and no command can be decided until then. Readiness must say so rather than UP.
        try (var second = LedgerProcess.start(
                stack,
                run,
                state.resolve("a"),
                port,
                log,
                Map.of(
                        "lifecycle.kit.instance-id",
                        "another-" + UUID.randomUUID(),
                        SESSION_TIMEOUT,
                        SHORTER_SESSION.get(SESSION_TIMEOUT)))) {
            int pending = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (second.status("GET", "/actuator/health/readiness", null) != 200) {
                assertThat(System.nanoTime()).as("never ready").isLessThan(deadline);
                if (second.status("GET", "/actuator/health/liveness", null) == 200) {
                    // Up and serving HTTP, but not ready: a command now waits in vain and answers 202.
                    int status = deposit(second, account);
                    if (status == 202) {
                        pending++;
                    }
                }
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
            assertThat(pending)
                    .as("commands answered 202 while readiness was DOWN")
                    .isPositive();
            assertThat(deposit(second, account)).isEqualTo(200);
        }
    }

    private static int deposit(LedgerProcess ledger, String account) {
        return ledger.status("POST", "/api/v1/accounts/" + account + "/deposits", "{\"amount\": 5}");
    }

    private static void awaitReady(LedgerProcess ledger) {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (ledger.status("GET", "/actuator/health/readiness", null) != 200) {
            if (!ledger.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("The ledger never became ready");
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
