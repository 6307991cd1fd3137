package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.RestClientException;
import edu.lifecycle.registry.client.SchemaRegistryClient;
import edu.lifecycle.registry.client.SchemaRegistryClientFactory;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumWriter;
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

    /**
     * Everything {@link #configure} sets up, in one object with final fields, so that a thread reading it sees the
     * memo and the client it belongs to together.
     */
    private record Configured(
            SchemaRegistryClient client,
            WriterSubjects subjects,
            WriterSchemaIds writerSchemaIds,
            AvroPayloadWriter payloads,
            WriterMemo memo) {}

    private final SchemaRegistryClient injectedClient;
    private Configured configured;

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
        WriterSchemaIds writerSchemaIds = new WriterSchemaIds(client, config);
        this.configured = new Configured(
                client,
                new WriterSubjects(config.subjectNameStrategy(isKey), isKey),
                writerSchemaIds,
                new AvroPayloadWriter(AvroDataModels.generic(config.useLogicalTypeConverters())),
                // use.latest.version is asked for every record: see WriterSchemaIds.keepsAnswerPerGeneration.
                writerSchemaIds.keepsAnswerPerGeneration() ? new WriterMemo() : null);
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
        Configured with = configured;
        if (with == null) {
            throw new IllegalStateException("KafkaAvroSerializer is not configured; call configure(configs, isKey)");
        }
        Schema own = WriterSchemas.of(data);
        WriterMemo memo = with.memo();
        // Read before resolving: a delete racing with the resolution below then leaves an answer already outdated.
        long generation = memo == null
                ? SchemaRegistryClient.UNTRACKED_GENERATION
                : with.client().cacheGeneration();
        if (generation != SchemaRegistryClient.UNTRACKED_GENERATION) {
            WriterMemo.Answer known = memo.find(own, topic, data.getClass(), generation);
            if (known != null) {
                return write(with.payloads(), known.id(), data, known.writer());
            }
        }
        String subject = with.subjects().subjectName(topic, own);
        WriterSchemaIds.WriterSchema writer;
        try {
            writer = with.writerSchemaIds().resolve(subject, own);
        } catch (RestClientException e) {
            throw RegistryErrors.toKafkaException(e, with.writerSchemaIds().action() + ": " + own);
        } catch (IOException e) {
            throw RegistryErrors.toKafkaException(e, with.writerSchemaIds().action() + ": " + own);
        } catch (RuntimeException e) {
            throw new SerializationException(with.writerSchemaIds().action() + ": " + own, e);
        }
        DatumWriter<Object> datumWriter;
        try {
            datumWriter = with.payloads().writerFor(data, writer.schema());
        } catch (RuntimeException e) {
            throw new SerializationException("Error serializing Avro message", e);
        }
        if (memo != null) {
            memo.remember(own, topic, data.getClass(), generation, writer.id(), datumWriter);
        }
        return write(with.payloads(), writer.id(), data, datumWriter);
    }

    private static byte[] write(AvroPayloadWriter payloads, int id, Object data, DatumWriter<Object> datumWriter) {
        try {
            return payloads.write(id, data, datumWriter);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Error serializing Avro message", e);
        }
    }
}
