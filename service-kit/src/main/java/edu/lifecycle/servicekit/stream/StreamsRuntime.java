package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.query.QueryableStreams;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the service's topology for as long as the application runs. The configuration is taken at start, not at
 * construction, because {@code application.server} needs the web server's actual port.
 */
public final class StreamsRuntime implements SmartLifecycle, QueryableStreams {

    private static final Logger log = LoggerFactory.getLogger(StreamsRuntime.class);

    private final Topology topology;
    private final Supplier<Properties> configAtStart;
    private final int phase;
    private final Duration closeTimeout;
    private final Object stateChanges = new Object();
    private volatile KafkaStreams streams;

    public StreamsRuntime(Topology topology, Supplier<Properties> configAtStart, int phase, Duration closeTimeout) {
        this.topology = topology;
        this.configAtStart = configAtStart;
        this.phase = phase;
        this.closeTimeout = closeTimeout;
    }

    @Override
    public void start() {
        var started = new KafkaStreams(topology, configAtStart.get());
        started.setUncaughtExceptionHandler(exception -> {
            // Records that fail are dead-lettered; what reaches here is infrastructure (e.g. a fenced producer),
            // which a fresh thread recovers from by re-reading from the last commit.
            log.error("A stream thread failed; replacing it", exception);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        started.setStateListener((newState, oldState) -> {
            log.info("Kafka Streams {} -> {}", oldState, newState);
            synchronized (stateChanges) {
                stateChanges.notifyAll();
            }
        });
        streams = started;
        started.start();
    }

    @Override
    public void stop() {
        KafkaStreams running = streams;
        if (running != null) {
            // Leave the group at once, so a restarting instance gets its partitions back without waiting out the
            // session timeout.
            running.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(closeTimeout));
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    @Override
    public int getPhase() {
        return phase;
    }

    @Override
    public Optional<KafkaStreams> streams() {
        return Optional.ofNullable(streams);
    }

    /** Streams' own state; {@code NOT_RUNNING} before start and after stop. */
    public KafkaStreams.State state() {
        KafkaStreams current = streams;
        return current == null ? KafkaStreams.State.NOT_RUNNING : current.state();
    }

    /** Waits until every task is assigned and restored (state {@code RUNNING}); false if the wait runs out first. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (stateChanges) {
            while (state() != KafkaStreams.State.RUNNING) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                stateChanges.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }
}
