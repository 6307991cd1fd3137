package edu.lifecycle.registry.server.security;

import java.util.Map;
import java.util.Objects;

/**
 * How a registry is secured on both sides: the Kafka client settings of its own login for the schema topic (SASL and
 * the like, added to its bootstrap servers), and who may call its REST API.
 */
public record RegistrySecurity(Map<String, Object> kafkaClient, RegistryAccess access) {

    public RegistrySecurity {
        kafkaClient = Map.copyOf(kafkaClient);
        Objects.requireNonNull(access, "access");
    }

    /** An open registry on an open broker: the protocol tests. */
    public static RegistrySecurity none() {
        return new RegistrySecurity(Map.of(), RegistryAccess.open());
    }

    /** The Kafka settings hold a secret: they are never shown. */
    @Override
    public String toString() {
        return "RegistrySecurity[kafka client settings " + kafkaClient.keySet() + ", " + access + "]";
    }
}
