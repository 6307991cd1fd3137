package edu.lifecycle.servicekit.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * How far each Streams application of the service is behind its input: per application and input partition, the
 * records between its committed position and the partition's last stable offset (what a read-committed reader can
 * reach), as the {@value #LAG} gauge ({@code lifecycle_streams_lag_records} in Prometheus). It asks the broker, as an
 * operator's lag exporter would, so a stuck or dead stream thread shows as growing lag rather than as no data.
 */
public final class StreamsLag implements SmartLifecycle {

    public static final String LAG = "lifecycle.streams.lag";

    private static final Logger log = LoggerFactory.getLogger(StreamsLag.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    /**
     * One Streams application to watch.
     *
     * @param role how health and meters name it ({@code commands}, {@code read-models})
     * @param applicationId its consumer group
     */
    public record Application(String role, String applicationId) {}

    private final Map<String, Object> adminConfig;
    private final List<Application> applications;
    private final MeterRegistry registry;
    private final Duration interval;
    private final int phase;
    private final Map<String, MultiGauge> gauges = new HashMap<>();
    private volatile Map<String, Map<TopicPartition, Long>> latest = Map.of();
    private volatile ScheduledExecutorService scheduler;
    private volatile Admin admin;

    public StreamsLag(
            Map<String, Object> adminConfig,
            List<Application> applications,
            MeterRegistry registry,
            Duration interval,
            int phase) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.applications = List.copyOf(applications);
        this.registry = registry;
        this.interval = interval;
        this.phase = phase;
        for (Application application : this.applications) {
            gauges.put(
                    application.role(),
                    MultiGauge.builder(LAG)
                            .description("Records a Streams application has yet to process, per input partition")
                            .baseUnit("records")
                            .register(registry));
        }
    }

    @Override
    public void start() {
        admin = Admin.create(adminConfig);
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, applications.get(0).applicationId() + "-lag");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the broker once for every application's lag and updates the gauges. */
    public void refresh() {
        Map<String, Map<TopicPartition, Long>> measured = new LinkedHashMap<>();
        try {
            for (Application application : applications) {
                Map<TopicPartition, Long> lag = lagOf(application.applicationId());
                measured.put(application.role(), lag);
                List<MultiGauge.Row<?>> rows = new ArrayList<>();
                lag.forEach((partition, records) -> rows.add(MultiGauge.Row.of(
                        Tags.of(
                                "application", application.role(),
                                "topic", partition.topic(),
                                "partition", Integer.toString(partition.partition())),
                        records)));
                gauges.get(application.role()).register(rows, true);
            }
            latest = measured;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // The broker may be restarting; the gauges keep their last values and the next round tries again.
            log.debug("Could not measure the Streams lag: {}", String.valueOf(e));
        }
    }

    private Map<TopicPartition, Long> lagOf(String group)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        committed.keySet().forEach(partition -> request.put(partition, OffsetSpec.latest()));
        if (request.isEmpty()) {
            return Map.of();
        }
        var ends = admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all()
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> lag = new java.util.TreeMap<>(
                java.util.Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        committed.forEach((partition, offset) -> {
            var end = ends.get(partition);
            if (offset != null && end != null) {
                lag.put(partition, Math.max(0, end.offset() - offset.offset()));
            }
        });
        return lag;
    }

    /** The total lag of each application at the last measurement, by role; empty before the first one. */
    public Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        latest.forEach((role, lag) -> totals.put(
                role, lag.values().stream().mapToLong(Long::longValue).sum()));
        return totals;
    }

    @Override
    public void stop() {
        var running = scheduler;
        if (running != null) {
            running.shutdownNow();
            scheduler = null;
        }
        var client = admin;
        if (client != null) {
            client.close(Duration.ofSeconds(2));
            admin = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
