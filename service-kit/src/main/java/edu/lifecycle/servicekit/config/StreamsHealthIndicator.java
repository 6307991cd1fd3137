package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.observe.StreamsLag;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The service is healthy while both its Streams applications (commands, read models) process: {@code RUNNING}, or {@code REBALANCING} (partitions moving
 * between instances is normal life). Starting, erroring or stopped Streams is down, so a container orchestrator
 * neither routes to it nor starts its dependants too early.
 */
final class StreamsHealthIndicator implements HealthIndicator {

    private final StreamsRuntime streams;
    private final StreamsLag lag;

    StreamsHealthIndicator(StreamsRuntime streams, StreamsLag lag) {
        this.streams = streams;
        this.lag = lag;
    }

    @Override
    public Health health() {
        KafkaStreams.State state = streams.state();
        var health = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING
                ? Health.up()
                : Health.down();
        Map<String, String> applications = new LinkedHashMap<>();
        streams.states().forEach((role, applicationState) -> applications.put(role, applicationState.name()));
        return health.withDetail("streams", state.name())
                .withDetail("applications", applications)
                .withDetail("lag", lag.totals())
                .build();
    }
}
