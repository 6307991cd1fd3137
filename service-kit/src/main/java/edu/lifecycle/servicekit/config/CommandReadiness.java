package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Whether the instance can answer commands, as readiness must mean it: both Streams applications have restored their
 * state and run, and a {@code ReadinessProbe} sent to every partition of the service's commands topic came back
 * decided. Until then the instance is not ready, however long the consumer group takes to hand it its partitions
 * (after a crash, the dead member's session used to hold them for 45 s while health said UP).
 *
 * <p>A probe unanswered within its wait is tried again with twice the wait (up to {@link #LONGEST_PROBE_WAIT}): on a
 * machine so loaded that a decision and its transaction take longer than the first wait, probes of a fixed wait would
 * each give up just before their answer came, and the instance would never be ready.
 *
 * <p>Once ready, the instance stays ready while its applications run or rebalance (partitions moving between
 * instances is normal life, and taking every instance out of service for it would be worse); when one stops or fails,
 * it is not ready until a new round of probes succeeds.
 */
final class CommandReadiness implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommandReadiness.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(250);
    static final Duration LONGEST_PROBE_WAIT = Duration.ofSeconds(30);

    /** What readiness says now, and since when. */
    record Status(boolean ready, String reason, Instant since) {}

    private final StreamsRuntime streams;
    private final CommandGateway gateway;
    private final Duration probeWait;
    private final Clock clock;
    private final String service;
    private final int phase;
    private volatile Status status;
    private Duration wait;
    private volatile ScheduledExecutorService checker;
    private volatile long startedNanos;

    CommandReadiness(
            StreamsRuntime streams,
            CommandGateway gateway,
            Duration probeWait,
            Clock clock,
            String service,
            int phase) {
        this.streams = streams;
        this.gateway = gateway;
        this.probeWait = probeWait;
        this.clock = clock;
        this.service = service;
        this.phase = phase;
        this.status = new Status(false, "starting", clock.instant());
        this.wait = probeWait;
    }

    Status status() {
        return status;
    }

    @Override
    public void start() {
        startedNanos = System.nanoTime();
        checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, service + "-readiness");
            thread.setDaemon(true);
            return thread;
        });
        checker.scheduleWithFixedDelay(this::checkSurviving, 0, CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * A round that throws would end the schedule for good (an executor runs no task again after it throws), and the
     * instance would never be ready: e.g. the commands topic's partitions not described in time on a loaded broker.
     */
    void checkSurviving() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("A readiness check failed; trying again", e);
            become(false, "the readiness check failed: " + e.getMessage());
        }
    }

    /** One round: follow the Streams state; while not ready and running, probe every partition. */
    void check() {
        KafkaStreams.State state = streams.state();
        boolean processing = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
        if (status.ready()) {
            if (!processing) {
                become(false, "Kafka Streams is " + state);
            }
            return;
        }
        if (state != KafkaStreams.State.RUNNING) {
            become(false, "Kafka Streams is " + state + " " + streams.states());
            return;
        }
        int partitions = gateway.partitions();
        for (int partition = 0; partition < partitions; partition++) {
            if (!gateway.probe(partition, wait)) {
                become(
                        false,
                        "no answer within " + wait.toMillis() + " ms to a command on partition " + partition
                                + " of the commands topic");
                wait = longer(wait);
                return;
            }
        }
        become(true, "commands answered on all " + partitions + " partitions");
        wait = probeWait;
        log.info(
                "Ready: commands answered on all {} partitions, {} ms after the start of Streams",
                partitions,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos));
    }

    private static Duration longer(Duration wait) {
        var doubled = wait.multipliedBy(2);
        return doubled.compareTo(LONGEST_PROBE_WAIT) > 0 ? LONGEST_PROBE_WAIT : doubled;
    }

    private void become(boolean ready, String reason) {
        Status current = status;
        if (current.ready() != ready || !current.reason().equals(reason)) {
            status = new Status(ready, reason, current.ready() == ready ? current.since() : clock.instant());
        }
    }

    @Override
    public void stop() {
        var running = checker;
        if (running != null) {
            running.shutdownNow();
            checker = null;
        }
        status = new Status(false, "stopped", clock.instant());
    }

    @Override
    public boolean isRunning() {
        return checker != null;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
