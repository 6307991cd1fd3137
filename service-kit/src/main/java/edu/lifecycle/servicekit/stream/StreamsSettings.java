package edu.lifecycle.servicekit.stream;

import java.time.Duration;
import java.util.Objects;

/**
 * The few Streams settings that differ between services and environments; {@link StreamsDefaults} derives the rest.
 *
 * @param applicationId the consumer group and prefix of internal topics; shared by every instance of a service
 * @param bootstrapServers the broker addresses
 * @param schemaRegistryUrl handed to serdes that Streams configures itself; may be {@code null}
 * @param commitInterval how often a task commits its transaction: under exactly-once, the floor of a command's latency
 * @param stateDir where the stores live; {@code null} for Kafka's default
 * @param applicationServer this instance's {@code host:port} for interactive queries; {@code null} for none
 * @param cacheMaxBytes the record cache shared by the stores
 * @param replicationFactor replicas of the internal (changelog, repartition) topics
 */
public record StreamsSettings(
        String applicationId,
        String bootstrapServers,
        String schemaRegistryUrl,
        Duration commitInterval,
        String stateDir,
        String applicationServer,
        long cacheMaxBytes,
        short replicationFactor) {

    /** 50 ms: outcomes become visible only when the transaction commits, so this bounds command latency. */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(50);

    /** A modest cache: stores are small per instance, and a big cache only delays changelog and downstream writes. */
    public static final long DEFAULT_CACHE_MAX_BYTES = 1024L * 1024L;

    public StreamsSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(commitInterval, "commitInterval");
    }

    /** Defaults for everything but the identity and the broker: what a {@code TopologyTestDriver} test uses. */
    public static StreamsSettings of(String applicationId, String bootstrapServers) {
        return new StreamsSettings(
                applicationId,
                bootstrapServers,
                null,
                DEFAULT_COMMIT_INTERVAL,
                null,
                null,
                DEFAULT_CACHE_MAX_BYTES,
                (short) 1);
    }

    public StreamsSettings withStateDir(String directory) {
        return new StreamsSettings(
                applicationId,
                bootstrapServers,
                schemaRegistryUrl,
                commitInterval,
                directory,
                applicationServer,
                cacheMaxBytes,
                replicationFactor);
    }

    public StreamsSettings withApplicationServer(String hostAndPort) {
        return new StreamsSettings(
                applicationId,
                bootstrapServers,
                schemaRegistryUrl,
                commitInterval,
                stateDir,
                hostAndPort,
                cacheMaxBytes,
                replicationFactor);
    }
}
