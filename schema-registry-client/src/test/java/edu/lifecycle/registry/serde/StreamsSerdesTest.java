package edu.lifecycle.registry.serde;

import static edu.lifecycle.registry.serde.Payments.config;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.registry.client.MockSchemaRegistry;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The serdes as Kafka Streams uses them: built by class name or by hand, configured, then asked for their parts. */
class StreamsSerdesTest {

    private final String scope = "streams-" + UUID.randomUUID();
    private final Map<String, Object> config = config("mock://" + scope);

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(scope);
    }

    private static <T> T roundTrip(Serde<T> serde, String topic, T value) {
        return serde.deserializer().deserialize(topic, serde.serializer().serialize(topic, value));
    }

    @Test
    void specificSerdeReadsGeneratedClassesWithoutFurtherSettings() {
        SpecificAvroSerde<interop.Payment> serde = new SpecificAvroSerde<>();
        serde.configure(config, false);

        interop.Payment read = roundTrip(serde, "payments", Payments.specific("p-1", 12.5));

        assertThat(read).isEqualTo(Payments.specific("p-1", 12.5));
    }

    @Test
    void genericSerdeReadsGenericRecords() {
        GenericAvroSerde serde = new GenericAvroSerde();
        serde.configure(config, false);

        GenericRecord read = roundTrip(serde, "payments", Payments.generic("p-1", 12.5));

        assertThat(read.get("amount")).isEqualTo(12.5);
    }

    @Test
    void primitiveSerdeServesAsAKeySerde() throws Exception {
        PrimitiveAvroSerde<String> serde = new PrimitiveAvroSerde<>();
        serde.configure(config, true);

        assertThat(roundTrip(serde, "payments", "student-42")).isEqualTo("student-42");
        assertThat(MockSchemaRegistry.getClientForScope(scope).getAllSubjects()).containsExactly("payments-key");
    }

    @Test
    void canBeTheDefaultSerdeStreamsInstantiatesByClassName() {
        @SuppressWarnings("unchecked")
        Serde<interop.Payment> serde = Utils.newInstance(SpecificAvroSerde.class);
        serde.configure(config, false);

        assertThat(roundTrip(serde, "payments", Payments.specific("p-2", 3.0)))
                .isEqualTo(Payments.specific("p-2", 3.0));
    }

    @Test
    void plugsIntoATopology() {
        SpecificAvroSerde<interop.Payment> payments = new SpecificAvroSerde<>();
        payments.configure(config, false);
        PrimitiveAvroSerde<String> keys = new PrimitiveAvroSerde<>();
        keys.configure(config, true);
        StreamsBuilder builder = new StreamsBuilder();

        builder.stream("payments", Consumed.with(keys, payments))
                .filter((id, payment) -> payment.getAmount() > 0)
                .to("settled-payments", Produced.with(keys, payments));

        assertThat(builder.build().describe().toString()).contains("payments", "settled-payments");
    }
}
