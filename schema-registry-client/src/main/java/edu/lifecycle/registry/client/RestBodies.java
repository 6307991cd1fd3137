package edu.lifecycle.registry.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The JSON bodies of the registry's REST API; unknown fields are ignored by the mapper, newer servers add many. */
final class RestBodies {

    private RestBodies() {}

    /** Exactly what Confluent's 8.2 serializer sends: {"schemaType":"AVRO","schema":"..."}. */
    @JsonPropertyOrder({"schemaType", "schema"})
    record RegisterRequest(String schemaType, String schema) {

        static RegisterRequest avro(String schema) {
            return new RegisterRequest("AVRO", schema);
        }
    }

    /** Answer of register, lookup, get-by-id and get-version; servers up to 7.4 sent only {"id":N} on register. */
    record SchemaAnswer(String subject, Integer version, Integer id, String guid, String schemaType, String schema) {}

    /** GET answers {@code compatibilityLevel}, PUT echoes {@code compatibility}: read whichever is there. */
    record ConfigAnswer(String compatibilityLevel, String compatibility, Boolean normalize) {

        RegistryConfig toConfig() {
            return new RegistryConfig(compatibilityLevel != null ? compatibilityLevel : compatibility, normalize);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConfigUpdate(String compatibility, Boolean normalize) {}

    record CompatibilityAnswer(
            @JsonProperty("is_compatible") boolean compatible, List<String> messages) {}

    record ErrorAnswer(@JsonProperty("error_code") Integer errorCode, String message) {}
}
