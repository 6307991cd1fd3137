package edu.lifecycle.registry.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How to run a registry.
 *
 * @param host the address to listen on
 * @param port the HTTP port; 0 picks a free one
 * @param bootstrapServers the Kafka cluster holding the schema topic; {@code null} keeps everything in memory
 * @param topic the schema topic, {@code _schemas} like Confluent's {@code kafkastore.topic}
 * @param defaultCompatibility the level used when neither the subject nor the global config sets one
 * @param kafkaTimeout how long to wait for Kafka at startup and for each write to come back through the log
 */
public record RegistrySettings(
        String host,
        int port,
        String bootstrapServers,
        String topic,
        CompatibilityLevel defaultCompatibility,
        Duration kafkaTimeout) {

    public static final String DEFAULT_TOPIC = "_schemas";
    public static final Duration DEFAULT_KAFKA_TIMEOUT = Duration.ofSeconds(30);
    private static final String LOOPBACK = "127.0.0.1";

    public RegistrySettings {
        host = host == null || host.isBlank() ? LOOPBACK : host;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        bootstrapServers = bootstrapServers == null || bootstrapServers.isBlank() ? null : bootstrapServers;
        topic = topic == null || topic.isBlank() ? DEFAULT_TOPIC : topic;
        defaultCompatibility = Objects.requireNonNullElse(defaultCompatibility, CompatibilityLevel.BACKWARD);
        kafkaTimeout = Objects.requireNonNullElse(kafkaTimeout, DEFAULT_KAFKA_TIMEOUT);
        if (kafkaTimeout.isNegative() || kafkaTimeout.isZero()) {
            throw new IllegalArgumentException("kafkaTimeout must be positive, was " + kafkaTimeout);
        }
    }

    /** A registry on a free loopback port that forgets everything when closed: for tests. */
    public static RegistrySettings inMemory() {
        return new RegistrySettings(
                LOOPBACK, 0, null, DEFAULT_TOPIC, CompatibilityLevel.BACKWARD, DEFAULT_KAFKA_TIMEOUT);
    }

    /** A registry on a free loopback port whose state lives in the {@code _schemas} topic of this cluster. */
    public static RegistrySettings kafka(String bootstrapServers) {
        return inMemory().withBootstrapServers(Objects.requireNonNull(bootstrapServers, "bootstrapServers"));
    }

    public boolean inMemoryStore() {
        return bootstrapServers == null;
    }

    public RegistrySettings withHost(String newHost) {
        return new RegistrySettings(newHost, port, bootstrapServers, topic, defaultCompatibility, kafkaTimeout);
    }

    public RegistrySettings withPort(int newPort) {
        return new RegistrySettings(host, newPort, bootstrapServers, topic, defaultCompatibility, kafkaTimeout);
    }

    public RegistrySettings withBootstrapServers(String newBootstrapServers) {
        return new RegistrySettings(host, port, newBootstrapServers, topic, defaultCompatibility, kafkaTimeout);
    }

    public RegistrySettings withTopic(String newTopic) {
        return new RegistrySettings(host, port, bootstrapServers, newTopic, defaultCompatibility, kafkaTimeout);
    }

    public RegistrySettings withDefaultCompatibility(CompatibilityLevel level) {
        return new RegistrySettings(host, port, bootstrapServers, topic, level, kafkaTimeout);
    }

    public RegistrySettings withKafkaTimeout(Duration timeout) {
        return new RegistrySettings(host, port, bootstrapServers, topic, defaultCompatibility, timeout);
    }
}
