package edu.lifecycle.localstack;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the local stack keeps its data and listens.
 *
 * @param dataDirectory the folder holding Kafka's log; everything else is rebuilt from Kafka
 * @param host the address every component binds to
 * @param kafkaPort the broker's client port (0 = a free one)
 * @param controllerPort the KRaft controller port (0 = a free one)
 * @param registryPort the schema registry's HTTP port (0 = a free one)
 */
public record LocalStackSettings(Path dataDirectory, String host, int kafkaPort, int controllerPort, int registryPort) {

    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final int DEFAULT_REGISTRY_PORT = 8081;

    public LocalStackSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(host, "host");
    }

    /** The ports a developer expects: Kafka on 9092, the registry on 8081. */
    public static LocalStackSettings defaults(Path dataDirectory) {
        return new LocalStackSettings(
                dataDirectory, "127.0.0.1", DEFAULT_KAFKA_PORT, DEFAULT_CONTROLLER_PORT, DEFAULT_REGISTRY_PORT);
    }

    /** Free ports everywhere, for tests that run beside other stacks. */
    public static LocalStackSettings ephemeral(Path dataDirectory) {
        return new LocalStackSettings(dataDirectory, "127.0.0.1", 0, 0, 0);
    }
}
