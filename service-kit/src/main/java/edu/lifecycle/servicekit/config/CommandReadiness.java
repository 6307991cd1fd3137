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
 * <p>Once ready, the instance stays ready while its applications run or rebalance (partitions moving between
 * instances is normal life, and taking every instance out of service for it would be worse); when one stops or fails,
 * it is not ready until a new round of probes succeeds.
 */
final class CommandReadiness implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommandReadiness.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(250);

    /** What readiness says now, and since when. */
    record Status(boolean ready, String reason, Instant since) {}

    private final StreamsRuntime streams;
    private final CommandGateway gateway;
    private final Duration probeWait;
    private final Clock clock;
    private final String service;
    private final int phase;
    private volatile Status status;
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
        checker.scheduleWithFixedDelay(this::check, 0, CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
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
            if (!gateway.probe(partition, probeWait)) {
                become(false, "no answer yet to a command on partition " + partition + " of the commands topic");
                return;
            }
        }
        become(true, "commands answered on all " + partitions + " partitions");
        log.info(
                "Ready: commands answered on all {} partitions, {} ms after the start of Streams",
                partitions,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos));
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
