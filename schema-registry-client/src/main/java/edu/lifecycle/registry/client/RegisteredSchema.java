package edu.lifecycle.registry.client;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * One version of a subject as the registry describes it. {@code guid} is null when the server does not send one (servers
 * before CP 8.0, or ours).
 */
public record RegisteredSchema(String subject, int version, int id, String guid, Schema schema) {

    public RegisteredSchema {
        Objects.requireNonNull(schema, "schema");
    }
}
