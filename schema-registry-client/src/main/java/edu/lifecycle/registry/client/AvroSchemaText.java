package edu.lifecycle.registry.client;

import org.apache.avro.Schema;

/** Turns registry schema strings into Avro schemas. */
final class AvroSchemaText {

    private AvroSchemaText() {}

    /**
     * Parses a schema the registry already accepted. Defaults are not re-validated: a schema registered by a more lenient
     * writer must still be readable, or its data would be stranded.
     */
    static Schema parse(String schemaType, String text) {
        if (schemaType != null && !"AVRO".equalsIgnoreCase(schemaType)) {
            throw new IllegalArgumentException(
                    "The registry holds a " + schemaType + " schema here; this client reads only AVRO schemas");
        }
        return new Schema.Parser().setValidateDefaults(false).parse(text);
    }
}
