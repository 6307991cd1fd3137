package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.RestClientException;
import edu.lifecycle.registry.client.SchemaRegistryClient;
import edu.lifecycle.registry.client.SchemaRegistryClientFactory;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serializes Avro records and primitives in the Confluent wire format, registering or looking up the writer schema
 * under the configured subject. A null value stays a Kafka null (a tombstone) and registers nothing.
 *
 * <p>Configured with {@link KafkaAvroSerDeConfig} keys; a drop-in for {@code io.confluent.kafka.serializers.
 * KafkaAvroSerializer}.
 */
public class KafkaAvroSerializer implements Serializer<Object> {

    private final SchemaRegistryClient injectedClient;
    private WriterSubjects subjects;
    private WriterSchemaIds writerSchemaIds;
    private AvroPayloadWriter payloads;

    /** For Kafka to instantiate; {@link #configure} creates the client from {@code schema.registry.url}. */
    public KafkaAvroSerializer() {
        this.injectedClient = null;
    }

    /** Uses the given client (e.g. a {@code MockSchemaRegistryClient}); usable at once with default settings. */
    public KafkaAvroSerializer(SchemaRegistryClient client) {
        this.injectedClient = client;
        apply(new KafkaAvroSerDeConfig(Map.of()), client, false);
    }

    /** Uses the given client with the given settings, as a value serializer. */
    public KafkaAvroSerializer(SchemaRegistryClient client, Map<String, ?> configs) {
        this.injectedClient = client;
        configure(configs, false);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        KafkaAvroSerDeConfig config = new KafkaAvroSerDeConfig(configs);
        SchemaRegistryClient client = injectedClient != null
                ? injectedClient
                : SchemaRegistryClientFactory.newClient(config.schemaRegistryUrls(), configs);
        apply(config, client, isKey);
    }

    private void apply(KafkaAvroSerDeConfig config, SchemaRegistryClient client, boolean isKey) {
        this.subjects = new WriterSubjects(config.subjectNameStrategy(isKey), isKey);
        this.writerSchemaIds = new WriterSchemaIds(client, config);
        this.payloads = new AvroPayloadWriter(AvroDataModels.generic(config.useLogicalTypeConverters()));
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        return serialize(topic, null, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (data == null) {
            return null;
        }
        if (writerSchemaIds == null) {
            throw new IllegalStateException("KafkaAvroSerializer is not configured; call configure(configs, isKey)");
        }
        Schema own = WriterSchemas.of(data);
        String subject = subjects.subjectName(topic, own);
        WriterSchemaIds.WriterSchema writer;
        try {
            writer = writerSchemaIds.resolve(subject, own);
        } catch (RestClientException e) {
            throw RegistryErrors.toKafkaException(e, writerSchemaIds.action() + ": " + own);
        } catch (IOException e) {
            throw RegistryErrors.toKafkaException(e, writerSchemaIds.action() + ": " + own);
        } catch (RuntimeException e) {
            throw new SerializationException(writerSchemaIds.action() + ": " + own, e);
        }
        try {
            return payloads.write(writer.id(), data, writer.schema());
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Error serializing Avro message", e);
        }
    }
}
