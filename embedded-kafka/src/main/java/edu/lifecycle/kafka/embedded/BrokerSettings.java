package edu.lifecycle.kafka.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the embedded broker.
 *
 * @param dataDirectory where the log and metadata live; formatted once, reused on every later start
 * @param host the address the client listener binds to and advertises; the controller listener stays on loopback
 * @param port the client port; 0 picks a free one
 * @param controllerPort the KRaft controller port; 0 picks a free one
 * @param startupTimeout how long to wait for the broker to serve clients
 * @param overrides broker properties that win over the single-node defaults
 * @param security authentication and authorisation; empty for an open broker, which only tests of a component on
 *     its own use (the local stack always closes it)
 */
public record BrokerSettings(
        Path dataDirectory,
        String host,
        int port,
        int controllerPort,
        Duration startupTimeout,
        Map<String, String> overrides,
        Optional<BrokerSecurity> security) {

    public BrokerSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(host, "host");
        requirePort(port, "port");
        requirePort(controllerPort, "controllerPort");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        overrides = Map.copyOf(overrides);
        Objects.requireNonNull(security, "security");
    }

    public BrokerSettings(
            Path dataDirectory,
            String host,
            int port,
            int controllerPort,
            Duration startupTimeout,
            Map<String, String> overrides) {
        this(dataDirectory, host, port, controllerPort, startupTimeout, overrides, Optional.empty());
    }

    /** An open broker on free ports, for tests of a component on its own. */
    public static BrokerSettings ephemeral(Path dataDirectory) {
        return new BrokerSettings(dataDirectory, "127.0.0.1", 0, 0, Duration.ofSeconds(60), Map.of());
    }

    public BrokerSettings withPort(int newPort) {
        return new BrokerSettings(dataDirectory, host, newPort, controllerPort, startupTimeout, overrides, security);
    }

    public BrokerSettings withControllerPort(int newPort) {
        return new BrokerSettings(dataDirectory, host, port, newPort, startupTimeout, overrides, security);
    }

    public BrokerSettings withOverrides(Map<String, String> newOverrides) {
        return new BrokerSettings(dataDirectory, host, port, controllerPort, startupTimeout, newOverrides, security);
    }

    /** The same broker, closed: SASL/SCRAM for clients and ACLs for everything. */
    public BrokerSettings withSecurity(BrokerSecurity newSecurity) {
        return new BrokerSettings(
                dataDirectory, host, port, controllerPort, startupTimeout, overrides, Optional.of(newSecurity));
    }

    private static void requirePort(int port, String name) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535, was " + port);
        }
    }
}
