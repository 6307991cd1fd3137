package edu.lifecycle.servicekit.stream;

import edu.lifecycle.servicekit.query.QueryableStreams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the service's Streams applications (the command side, and the read models when the service has any) for as
 * long as the service runs, and tells queries which of them holds a store.
 */
public final class StreamsRuntime implements SmartLifecycle, QueryableStreams {

    private static final Logger log = LoggerFactory.getLogger(StreamsRuntime.class);

    private final List<StreamsApplication> applications;
    private final Map<String, Integer> applicationByStore = new LinkedHashMap<>();
    private final int phase;
    private final Duration closeTimeout;
    private final Object stateChanges = new Object();
    private final List<Listener> listeners;
    private volatile List<KafkaStreams> running;

    /** Told when an application's {@link KafkaStreams} starts and before it closes, e.g. to bind its metrics. */
    public interface Listener {

        void started(String role, KafkaStreams streams);

        void stopping(String role, KafkaStreams streams);
    }

    public StreamsRuntime(List<StreamsApplication> applications, int phase, Duration closeTimeout) {
        this(applications, phase, closeTimeout, List.of());
    }

    public StreamsRuntime(
            List<StreamsApplication> applications, int phase, Duration closeTimeout, List<Listener> listeners) {
        this.listeners = List.copyOf(listeners);
        if (applications.isEmpty()) {
            throw new IllegalArgumentException("A service runs at least one Streams application");
        }
        this.applications = List.copyOf(applications);
        this.phase = phase;
        this.closeTimeout = closeTimeout;
        for (int index = 0; index < this.applications.size(); index++) {
            for (String store : this.applications.get(index).stores()) {
                Integer other = applicationByStore.putIfAbsent(store, index);
                if (other != null) {
                    throw new IllegalArgumentException("Store " + store + " is defined by both "
                            + this.applications.get(other).role() + " and "
                            + this.applications.get(index).role());
                }
            }
        }
    }

    @Override
    public void start() {
        List<KafkaStreams> started = new ArrayList<>();
        try {
            for (StreamsApplication application : applications) {
                started.add(start(application));
            }
        } catch (RuntimeException e) {
            started.forEach(streams -> streams.close(closeTimeout));
            throw e;
        }
        running = List.copyOf(started);
    }

    private KafkaStreams start(StreamsApplication application) {
        var streams = new KafkaStreams(
                application.topology(), application.configAtStart().get());
        streams.setUncaughtExceptionHandler(exception -> {
            // Records that fail are dead-lettered; what reaches here is infrastructure (e.g. a fenced producer),
            // which a fresh thread recovers from by re-reading from the last commit.
            log.error("A stream thread of the {} failed; replacing it", application.role(), exception);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((newState, oldState) -> {
            log.info("Kafka Streams ({}) {} -> {}", application.role(), oldState, newState);
            synchronized (stateChanges) {
                stateChanges.notifyAll();
            }
        });
        listeners.forEach(listener -> listener.started(application.role(), streams));
        streams.start();
        return streams;
    }

    @Override
    public void stop() {
        List<KafkaStreams> current = running;
        if (current != null) {
            running = null;
            // Leave the group at once, so a restarting instance gets its partitions back without waiting out the
            // session timeout.
            for (int index = 0; index < current.size(); index++) {
                var streams = current.get(index);
                var role = applications.get(index).role();
                listeners.forEach(listener -> listener.stopping(role, streams));
                streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                        .withTimeout(closeTimeout));
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }

    @Override
    public int getPhase() {
        return phase;
    }

    @Override
    public Optional<KafkaStreams> streamsHolding(String store) {
        List<KafkaStreams> current = running;
        Integer index = applicationByStore.get(store);
        if (current == null) {
            return Optional.empty();
        }
        // An unknown store name goes to the command side, whose answer names the missing store.
        return Optional.of(current.get(index == null ? 0 : index));
    }

    /** Each application's role and Streams state, in start order; {@code NOT_RUNNING} before start and after stop. */
    public Map<String, KafkaStreams.State> states() {
        List<KafkaStreams> current = running;
        Map<String, KafkaStreams.State> states = new LinkedHashMap<>();
        for (int index = 0; index < applications.size(); index++) {
            states.put(
                    applications.get(index).role(),
                    current == null
                            ? KafkaStreams.State.NOT_RUNNING
                            : current.get(index).state());
        }
        return states;
    }

    /**
     * The service's state: {@code RUNNING} when every application runs, otherwise the state of the first that does
     * not.
     */
    public KafkaStreams.State state() {
        return states().values().stream()
                .filter(state -> state != KafkaStreams.State.RUNNING)
                .findFirst()
                .orElse(KafkaStreams.State.RUNNING);
    }

    /** Waits until every application's tasks are assigned and restored; false if the wait runs out first. */
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
