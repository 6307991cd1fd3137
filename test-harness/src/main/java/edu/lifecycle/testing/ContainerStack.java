package edu.lifecycle.testing;

import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;

/** Apache Kafka and Confluent's schema registry as containers on one Docker network. */
final class ContainerStack implements RunningStack {

    static final String KAFKA_IMAGE = "apache/kafka:4.2.0";
    static final String REGISTRY_IMAGE = "confluentinc/cp-schema-registry:8.2.0";
    private static final String KAFKA_INTERNAL_LISTENER = "kafka:19092";
    private static final int REGISTRY_PORT = 8081;

    private final Network network;
    private final KafkaContainer kafka;
    private final GenericContainer<?> registry;

    private ContainerStack(Network network, KafkaContainer kafka, GenericContainer<?> registry) {
        this.network = network;
        this.kafka = kafka;
        this.registry = registry;
    }

    @SuppressWarnings("resource") // closed in close()
    static ContainerStack start() {
        var network = Network.newNetwork();
        var kafka = new KafkaContainer(KAFKA_IMAGE)
                .withNetwork(network)
                .withNetworkAliases("kafka")
                // A second listener that the registry container reaches by its network alias.
                .withListener(KAFKA_INTERNAL_LISTENER);
        kafka.start();
        var registry = new GenericContainer<>(REGISTRY_IMAGE)
                .withNetwork(network)
                .withNetworkAliases("schema-registry")
                .withExposedPorts(REGISTRY_PORT)
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + REGISTRY_PORT)
                // The project's subjects are BACKWARD_TRANSITIVE in every mode, as in docs/events.md.
                .withEnv("SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL", "backward_transitive")
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://" + KAFKA_INTERNAL_LISTENER)
                .waitingFor(Wait.forHttp("/subjects").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(2)));
        registry.start();
        return new ContainerStack(network, kafka, registry);
    }

    @Override
    public StackEndpoints endpoints() {
        var registryUrl = "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT);
        return new StackEndpoints(kafka.getBootstrapServers(), registryUrl, StackMode.CONTAINERS);
    }

    @Override
    public void close() {
        try {
            registry.stop();
            kafka.stop();
        } finally {
            network.close();
        }
    }
}
