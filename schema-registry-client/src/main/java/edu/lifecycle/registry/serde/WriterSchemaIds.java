package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.RegisteredSchema;
import edu.lifecycle.registry.client.RestClientException;
import edu.lifecycle.registry.client.SchemaRegistryClient;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Finds the id a serializer writes, in Confluent's order of precedence: register ({@code auto.register.schemas}), else
 * a fixed {@code use.schema.id}, else the subject's latest version ({@code use.latest.version}), else look the own schema
 * up. The last three never change the registry, which is what locked-down production registries require.
 */
final class WriterSchemaIds {

    /** The id to write and the schema to write the value with (the registry's, for a fixed id or the latest). */
    record WriterSchema(int id, Schema schema) {}

    private final SchemaRegistryClient client;
    private final boolean autoRegister;
    private final int useSchemaId;
    private final boolean idCompatibilityStrict;
    private final boolean useLatestVersion;
    private final boolean latestCompatibilityStrict;
    private final boolean normalize;

    WriterSchemaIds(SchemaRegistryClient client, KafkaAvroSerDeConfig config) {
        this.client = client;
        this.autoRegister = config.autoRegisterSchemas();
        this.useSchemaId = config.useSchemaId();
        this.idCompatibilityStrict = config.idCompatibilityStrict();
        this.useLatestVersion = config.useLatestVersion();
        this.latestCompatibilityStrict = config.latestCompatibilityStrict();
        this.normalize = config.normalizeSchemas();
    }

    WriterSchema resolve(String subject, Schema own) throws IOException, RestClientException {
        if (autoRegister) {
            return new WriterSchema(client.register(subject, own, normalize), own);
        }
        if (useSchemaId >= 0) {
            Schema fixed = client.getSchemaBySubjectAndId(subject, useSchemaId);
            requireReadable(fixed, own, idCompatibilityStrict, "id.compatibility.strict", "id " + useSchemaId);
            return new WriterSchema(useSchemaId, fixed);
        }
        if (useLatestVersion) {
            RegisteredSchema latest = client.getLatestSchemaMetadata(subject);
            requireReadable(latest.schema(), own, latestCompatibilityStrict, "latest.compatibility.strict", "latest");
            return new WriterSchema(latest.id(), latest.schema());
        }
        return new WriterSchema(client.lookup(subject, own, normalize).id(), own);
    }

    /**
     * Whether {@link #resolve} answers the same for a (subject, schema) for as long as the client's
     * {@link SchemaRegistryClient#cacheGeneration() cache generation} stays the same. Registering, looking up and a
     * fixed id are answered from caches that only a delete, a reset or an eviction changes, and each of those moves the
     * generation. The latest version is not: the client keeps it only for {@code latest.cache.ttl.sec} (the mock not at
     * all), and a new version registered by anyone changes it without any delete, so it is asked for every record.
     */
    boolean keepsAnswerPerGeneration() {
        return autoRegister || useSchemaId >= 0 || !useLatestVersion;
    }

    /** What the failure of {@link #resolve} was doing, for the exception message. */
    String action() {
        return autoRegister ? "Error registering Avro schema" : "Error retrieving Avro schema";
    }

    /** The registry's schema becomes the writer schema, so it must be able to read data shaped like ours. */
    private static void requireReadable(Schema registered, Schema own, boolean strict, String key, String which)
            throws IOException {
        if (strict
                && SchemaCompatibility.checkReaderWriterCompatibility(registered, own)
                                .getType()
                        != SchemaCompatibilityType.COMPATIBLE) {
            throw new IOException("Incompatible schema " + registered + " (" + which + " of the subject) for schema "
                    + own + ". Set " + key + "=false to disable this check");
        }
    }
}
