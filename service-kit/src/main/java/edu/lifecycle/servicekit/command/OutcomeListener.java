package edu.lifecycle.servicekit.command;

import edu.lifecycle.servicekit.json.JsonSerde;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads every committed outcome, completes the requests of this instance waiting for one and keeps the latest in
 * {@link RecentOutcomes}. Every instance reads
 * all partitions (outcomes are keyed by command id, not by who waits), without a consumer group, from the end: it
 * is positioned before the web server takes its first command, so no outcome of a waiting request is missed.
 */
public final class OutcomeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutcomeListener.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final Map<String, Object> consumerConfig;
    private final String outcomesTopic;
    private final PendingOutcomes pending;
    private final RecentOutcomes recent;
    private final int phase;
    private final String threadName;
    private final Function<Consumer<?, ?>, AutoCloseable> metrics;
    private volatile AutoCloseable boundMetrics;
    private final JsonSerde<CommandOutcome> outcomes = JsonSerde.of(CommandOutcome.class);
    private volatile Thread thread;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean listening;

    public OutcomeListener(
            Map<String, Object> consumerConfig,
            String outcomesTopic,
            PendingOutcomes pending,
            RecentOutcomes recent,
            int phase) {
        this(consumerConfig, outcomesTopic, pending, recent, phase, "outcome-listener-" + outcomesTopic, c -> () -> {});
    }

    /**
     * @param threadName names the listener's thread (log lines say whose it is by the name)
     * @param metrics binds the consumer's metrics once it exists; what it returns is closed with the consumer
     */
    public OutcomeListener(
            Map<String, Object> consumerConfig,
            String outcomesTopic,
            PendingOutcomes pending,
            RecentOutcomes recent,
            int phase,
            String threadName,
            Function<Consumer<?, ?>, AutoCloseable> metrics) {
        this.threadName = threadName;
        this.metrics = metrics;
        this.consumerConfig = new HashMap<>(consumerConfig);
        // Only committed outcomes: an aborted transaction's outcome never happened.
        this.consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.outcomesTopic = outcomesTopic;
        this.pending = pending;
        this.recent = recent;
        this.phase = phase;
    }

    @Override
    public void start() {
        var started = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = started.partitionsFor(outcomesTopic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            started.close();
            throw new IllegalStateException("Topic " + outcomesTopic + " does not exist");
        }
        started.assign(partitions);
        started.seekToEnd(partitions);
        // position() resolves the lazy seek now, before any command can be sent.
        partitions.forEach(started::position);
        consumer = started;
        boundMetrics = metrics.apply(started);
        listening = true;
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        var reading = consumer;
        try (reading) {
            while (listening) {
                for (ConsumerRecord<String, byte[]> record : reading.poll(POLL)) {
                    complete(record);
                }
            }
        } catch (WakeupException stopping) {
            // stop() woke us up
        } catch (RuntimeException e) {
            listening = false;
            log.error("The outcome listener stopped; waiting requests will answer 202", e);
        }
    }

    private void complete(ConsumerRecord<String, byte[]> record) {
        try {
            CommandOutcome outcome = outcomes.deserialize(record.topic(), record.value());
            if (outcome != null) {
                recent.remember(outcome);
                pending.complete(outcome);
            }
        } catch (RuntimeException e) {
            log.warn("Ignoring an unreadable outcome at {}-{}@{}", record.topic(), record.partition(), record.offset());
        }
    }

    @Override
    public void stop() {
        Thread running = thread;
        if (running != null) {
            listening = false;
            consumer.wakeup();
            try {
                running.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        var bound = boundMetrics;
        if (bound != null) {
            try {
                bound.close();
            } catch (Exception e) {
                log.debug("Could not unbind the outcome listener's metrics: {}", String.valueOf(e));
            }
            boundMetrics = null;
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
