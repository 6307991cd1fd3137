package edu.lifecycle.registry.serde;

import edu.lifecycle.registry.client.RestClientException;
import edu.lifecycle.registry.client.SchemaRegistryClient;
import edu.lifecycle.registry.client.SchemaRegistryClientFactory;
import edu.lifecycle.registry.serde.subject.SubjectNameStrategy;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deserializes the Confluent wire format into GenericRecords, SpecificRecords ({@code specific.avro.reader=true}) or
 * plain Java values. Besides the classic magic-0 prefix it reads what CP 8 serializers may write: a magic-1 GUID
 * prefix, or the schema reference in a {@code __value_schema_id} / {@code __key_schema_id} header with the whole
 * payload as data.
 */
public class KafkaAvroDeserializer implements Deserializer<Object> {

    private static final Logger log = LoggerFactory.getLogger(KafkaAvroDeserializer.class);

    private final SchemaRegistryClient injectedClient;
    private SchemaRegistryClient client;
    private boolean isKey;
    private SubjectNameStrategy subjectNames;
    private ReaderSchemas readerSchemas;
    private AvroPayloadReader payloads;
    private volatile TopicSubject lastLookupSubject;

    /** For Kafka to instantiate; {@link #configure} creates the client from {@code schema.registry.url}. */
    public KafkaAvroDeserializer() {
        this.injectedClient = null;
    }

    /** Uses the given client; usable at once with default settings (generic records). */
    public KafkaAvroDeserializer(SchemaRegistryClient client) {
        this.injectedClient = client;
        apply(new KafkaAvroSerDeConfig(Map.of()), client, false);
    }

    /** Uses the given client with the given settings, as a value deserializer. */
    public KafkaAvroDeserializer(SchemaRegistryClient client, Map<String, ?> configs) {
        this.injectedClient = client;
        configure(configs, false);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        KafkaAvroSerDeConfig config = new KafkaAvroSerDeConfig(configs);
        SchemaRegistryClient chosen = injectedClient != null
                ? injectedClient
                : SchemaRegistryClientFactory.newClient(config.schemaRegistryUrls(), configs);
        apply(config, chosen, isKey);
    }

    private void apply(KafkaAvroSerDeConfig config, SchemaRegistryClient chosen, boolean isKey) {
        Class<?> specificType = config.specificAvroType(isKey);
        if (specificType != null && !config.specificAvroReader()) {
            log.warn(
                    "{} is set but {} is false; records are read as GenericRecords",
                    isKey
                            ? KafkaAvroSerDeConfig.SPECIFIC_AVRO_KEY_TYPE_CONFIG
                            : KafkaAvroSerDeConfig.SPECIFIC_AVRO_VALUE_TYPE_CONFIG,
                    KafkaAvroSerDeConfig.SPECIFIC_AVRO_READER_CONFIG);
        }
        this.client = chosen;
        this.isKey = isKey;
        this.subjectNames = config.subjectNameStrategy(isKey);
        this.lastLookupSubject = null;
        this.readerSchemas = new ReaderSchemas(
                config.specificAvroReader(), specificType, AvroDataModels.generic(config.useLogicalTypeConverters()));
        this.payloads = new AvroPayloadReader(config.failOnTrailingData());
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public Object deserialize(String topic, Headers headers, byte[] data) {
        return read(topic, headers, data, null);
    }

    /** Reads the data into the given reader schema, e.g. an older or newer version of the writer's schema. */
    public Object deserialize(String topic, byte[] data, Schema readerSchema) {
        return read(topic, null, data, readerSchema);
    }

    private Object read(String topic, Headers headers, byte[] data, Schema explicitReader) {
        if (data == null) {
            return null;
        }
        if (payloads == null) {
            throw new IllegalStateException("KafkaAvroDeserializer is not configured; call configure(configs, isKey)");
        }
        Header idHeader = schemaIdHeader(headers);
        if (idHeader == null && SchemaId.hasNumericPrefix(data)) {
            // Nearly every record: magic 0 and the id, read straight from the array.
            int id = SchemaId.numericIdOf(data);
            Schema writer = writerSchema(topic, id);
            ReaderSchemas.Reading reading = readerSchemas.forWriter(writer, explicitReader);
            try {
                return payloads.read(data, SchemaId.PREFIX_SIZE, writer, reading);
            } catch (IOException | RuntimeException e) {
                throw decodingFailure(new SchemaId.Numeric(id), e);
            }
        }
        // A schema-id header (the payload is then all data), a GUID prefix, or bytes that are neither.
        ByteBuffer payload = ByteBuffer.wrap(data);
        SchemaId schemaId = schemaIdOf(idHeader, payload);
        Schema writer = schemaId instanceof SchemaId.Guid guid
                ? writerSchema(guid)
                : writerSchema(topic, ((SchemaId.Numeric) schemaId).id());
        ReaderSchemas.Reading reading = readerSchemas.forWriter(writer, explicitReader);
        try {
            return payloads.read(data, payload.position(), writer, reading);
        } catch (IOException | RuntimeException e) {
            throw decodingFailure(schemaId, e);
        }
    }

    /** A schema-id header, when present, wins over the payload's prefix. */
    private Header schemaIdHeader(Headers headers) {
        Header header = headers == null
                ? null
                : headers.lastHeader(isKey ? SchemaId.KEY_SCHEMA_ID_HEADER : SchemaId.VALUE_SCHEMA_ID_HEADER);
        return header != null && header.value() != null ? header : null;
    }

    /** Reads the header's schema reference if there is one, else the payload's, leaving the payload at its data. */
    private static SchemaId schemaIdOf(Header idHeader, ByteBuffer payload) {
        try {
            return idHeader != null ? SchemaId.read(ByteBuffer.wrap(idHeader.value())) : SchemaId.read(payload);
        } catch (IllegalArgumentException e) {
            throw new SerializationException("Error deserializing schema ID", e);
        }
    }

    private Schema writerSchema(String topic, int id) {
        try {
            return client.getSchemaBySubjectAndId(lookupSubject(topic), id);
        } catch (IOException | RestClientException | RuntimeException e) {
            throw lookupFailure(new SchemaId.Numeric(id), e);
        }
    }

    private Schema writerSchema(SchemaId.Guid guid) {
        try {
            return client.getSchemaByGuid(guid.guid().toString());
        } catch (IOException | RestClientException | RuntimeException e) {
            throw lookupFailure(guid, e);
        }
    }

    private KafkaException lookupFailure(SchemaId schemaId, Exception e) {
        String message = "Error retrieving Avro " + (isKey ? "key" : "value") + " schema for " + schemaId;
        if (e instanceof RestClientException restFailure) {
            return RegistryErrors.toKafkaException(restFailure, message);
        }
        if (e instanceof IOException ioFailure) {
            return RegistryErrors.toKafkaException(ioFailure, message);
        }
        return new SerializationException(message, e);
    }

    private static SerializationException decodingFailure(SchemaId schemaId, Exception e) {
        return new SerializationException("Error deserializing Avro message for " + schemaId, e);
    }

    /**
     * The subject sent along with an id lookup; strategies that need the schema cannot name it before the lookup. The
     * last answer is kept, so that a consumer of one topic does not build the same String for every record.
     */
    private String lookupSubject(String topic) {
        if (subjectNames.usesSchema()) {
            return null;
        }
        TopicSubject last = lastLookupSubject;
        if (last == null || !Objects.equals(last.topic(), topic)) {
            last = new TopicSubject(topic, subjectNames.subjectName(topic, isKey, null));
            lastLookupSubject = last;
        }
        return last.subject();
    }

    private record TopicSubject(String topic, String subject) {}
}
