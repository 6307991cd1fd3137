package edu.lifecycle.servicekit.stream;

import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.streams.Topology;

/**
 * One Kafka Streams application of a service: its role (as health and logs name it), its topology, and its
 * configuration, taken at start because {@code application.server} needs the web server's actual port.
 */
public record StreamsApplication(String role, Topology topology, Supplier<Properties> configAtStart) {

    public StreamsApplication {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(configAtStart, "configAtStart");
    }

    /** The names of the state stores this application's topology holds. */
    public Set<String> stores() {
        return ServiceTopology.storeNames(topology);
    }
}
