package edu.lifecycle.localstack;

import edu.lifecycle.kafka.embedded.BrokerSettings;
import edu.lifecycle.kafka.embedded.EmbeddedKafkaBroker;
import edu.lifecycle.registry.server.CompatibilityLevel;
import edu.lifecycle.registry.server.RegistrySettings;
import edu.lifecycle.registry.server.SchemaRegistryServer;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/** A running Kafka broker and schema registry, started in order and stopped in reverse order. */
public final class LocalStack implements AutoCloseable {

    /**
     * The event contract (docs/events.md) promises that a consumer built on the current schema reads every event
     * ever written, so the registry checks each new version against all earlier ones, not only the latest. It is
     * the global level, as {@code SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL} sets it for Confluent's image in
     * docker-compose.yml; a level set over HTTP still wins.
     */
    public static final CompatibilityLevel SUBJECT_COMPATIBILITY = CompatibilityLevel.BACKWARD_TRANSITIVE;

    private final EmbeddedKafkaBroker broker;
    private final SchemaRegistryServer registry;

    private LocalStack(EmbeddedKafkaBroker broker, SchemaRegistryServer registry) {
        this.broker = broker;
        this.registry = registry;
    }

    public static LocalStack start(LocalStackSettings settings) {
        return start(settings, step -> {});
    }

    /** Starts the broker, then the registry on it, reporting each step as it completes. */
    public static LocalStack start(LocalStackSettings settings, Consumer<StartupStep> progress) {
        var brokerStart = System.nanoTime();
        var broker = EmbeddedKafkaBroker.start(new BrokerSettings(
                settings.dataDirectory().resolve("kafka"),
                settings.host(),
                settings.kafkaPort(),
                settings.controllerPort(),
                Duration.ofSeconds(60),
                Map.of()));
        progress.accept(new StartupStep("Kafka broker", broker.bootstrapServers(), elapsedSince(brokerStart)));
        try {
            var registryStart = System.nanoTime();
            var registry = SchemaRegistryServer.start(RegistrySettings.kafka(broker.bootstrapServers())
                    .withHost(settings.host())
                    .withPort(settings.registryPort())
                    .withDefaultCompatibility(SUBJECT_COMPATIBILITY));
            progress.accept(new StartupStep("Schema registry", registry.url(), elapsedSince(registryStart)));
            return new LocalStack(broker, registry);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.url();
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            broker.close();
        }
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /**
     * One component that became ready.
     *
     * @param component what started
     * @param address where it listens
     * @param took how long it took to become ready
     */
    public record StartupStep(String component, String address, Duration took) {}
}
