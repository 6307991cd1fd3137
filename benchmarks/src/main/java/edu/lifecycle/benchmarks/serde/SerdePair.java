package edu.lifecycle.benchmarks.serde;

import edu.lifecycle.registry.serde.KafkaAvroDeserializer;
import edu.lifecycle.registry.serde.KafkaAvroSerializer;
import edu.lifecycle.schemas.TrustedAvroPackages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Our serde and plain Avro side by side for one event type, both in their steady state.
 *
 * <p>Ours: {@link KafkaAvroSerializer} / {@link KafkaAvroDeserializer} configured like the services, with the schema
 * registered and every cache warm before the first measured call — once with the services' caching REST client (on a
 * loopback stub that no measured call reaches), once with the tests' {@code mock://} registry. Plain: the tuned baseline a hand-written serde would
 * be — one {@code SpecificDatumWriter} and {@code SpecificDatumReader} per type, the buffered encoder, the decoder and
 * the output buffer reused across calls. Both return what a Kafka serde must: a fresh {@code byte[]} and a fresh
 * record (no record reuse, as consumers hand records on).
 */
public final class SerdePair implements AutoCloseable {

    private final String topic;
    private final SpecificRecord record;
    private final RegistryStub registry = RegistryStub.shared();
    private final KafkaAvroSerializer serializer = new KafkaAvroSerializer();
    private final KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
    private final KafkaAvroSerializer mockRegistrySerializer = new KafkaAvroSerializer();
    private final long registryRequestsAfterSetUp;
    private final byte[] framed;
    private final SpecificDatumWriter<SpecificRecord> plainWriter;
    private final SpecificDatumReader<SpecificRecord> plainReader;
    private final ByteArrayOutputStream plainOut = new ByteArrayOutputStream(512);
    private final byte[] plain;
    private BinaryEncoder encoder;
    private BinaryDecoder decoder;

    public SerdePair(Class<? extends SpecificRecord> type) {
        TrustedAvroPackages.trust();
        this.topic = EventFixtures.topicOf(type);
        this.record = EventFixtures.fixture(type);
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = record.getSchema();
        this.plainWriter = new SpecificDatumWriter<>(schema, model);
        this.plainReader = new SpecificDatumReader<>(schema, schema, model);
        serializer.configure(SerdeSettings.clientSettings(registry.url()), false);
        deserializer.configure(SerdeSettings.clientSettings(registry.url()), false);
        mockRegistrySerializer.configure(SerdeSettings.clientSettings(SerdeSettings.MOCK_REGISTRY_URL), false);
        this.framed = serializer.serialize(topic, record);
        this.plain = serializePlain();
        requireRoundTrip("our serde", deserializeOurs());
        byte[] mockFramed = serializeOursOnMockRegistry();
        if (!Arrays.equals(Arrays.copyOfRange(mockFramed, 5, mockFramed.length), plain)) {
            throw new IllegalStateException("Our payload on the mock registry differs for " + type.getSimpleName());
        }
        this.registryRequestsAfterSetUp = registry.requests();
        requireRoundTrip("plain Avro", deserializePlain());
        if (!Arrays.equals(Arrays.copyOfRange(framed, 5, framed.length), plain)) {
            throw new IllegalStateException("Our payload differs from plain Avro for " + type.getSimpleName());
        }
    }

    public byte[] serializeOurs() {
        return serializer.serialize(topic, record);
    }

    /** As {@link #serializeOurs()}, with the tests' in-memory registry instead of the services' caching client. */
    public byte[] serializeOursOnMockRegistry() {
        return mockRegistrySerializer.serialize(topic, record);
    }

    public Object deserializeOurs() {
        return deserializer.deserialize(topic, framed);
    }

    public byte[] serializePlain() {
        try {
            plainOut.reset();
            encoder = EncoderFactory.get().binaryEncoder(plainOut, encoder);
            plainWriter.write(record, encoder);
            encoder.flush();
            return plainOut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SpecificRecord deserializePlain() {
        try {
            decoder = DecoderFactory.get().binaryDecoder(plain, decoder);
            return plainReader.read(null, decoder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size of the Avro payload in bytes, without our 5-byte schema reference. */
    public int payloadSize() {
        return plain.length;
    }

    private void requireRoundTrip(String how, Object read) {
        if (!record.equals(read)) {
            throw new IllegalStateException(how + " did not read back the fixture " + record + " but " + read);
        }
    }

    /** Fails if a measured call went to the registry: the section measures the cached steady state only. */
    public void requireSteadyState() {
        long calls = registry.requests() - registryRequestsAfterSetUp;
        if (calls != 0) {
            throw new IllegalStateException(calls + " registry requests after set-up: not the steady state");
        }
    }

    @Override
    public void close() {
        serializer.close();
        deserializer.close();
        mockRegistrySerializer.close();
    }
}
