package edu.lifecycle.registry.serde;

import static edu.lifecycle.registry.serde.Payments.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.registry.client.MockSchemaRegistry;
import edu.lifecycle.registry.client.RestClientException;
import edu.lifecycle.registry.testrecords.EnrolmentRecorded;
import edu.lifecycle.registry.testrecords.EnrolmentStatus;
import edu.lifecycle.registry.testrecords.ModuleChoice;
import edu.lifecycle.registry.testrecords.Programme;
import edu.lifecycle.registry.testrecords.TuitionInvoice;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AvroRoundTripTest {

    private final String scope = "round-trip-" + UUID.randomUUID();
    private final String url = "mock://" + scope;

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(scope);
    }

    private Object roundTrip(Object value, Map<String, Object> config) {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config, false);
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(config, false);
        return deserializer.deserialize("enrolments", serializer.serialize("enrolments", value));
    }

    static Stream<Arguments> primitives() {
        return Stream.of(
                Arguments.of(true, true),
                Arguments.of(42, 42),
                Arguments.of(42L, 42L),
                Arguments.of(1.5f, 1.5f),
                Arguments.of(2.5d, 2.5d),
                Arguments.of("Zoë enrolled", "Zoë enrolled"),
                Arguments.of(new Utf8("s-1"), "s-1"),
                Arguments.of(new StringBuilder("s-2"), "s-2"),
                Arguments.of(new byte[] {0, 1, (byte) 0xff}, new byte[] {0, 1, (byte) 0xff}),
                Arguments.of(ByteBuffer.wrap(new byte[] {4, 2}), new byte[] {4, 2}),
                Arguments.of(new byte[0], new byte[0]));
    }

    @ParameterizedTest
    @MethodSource("primitives")
    void roundTripsPrimitivesAsPlainJavaValues(Object written, Object read) {
        assertThat(roundTrip(written, config(url))).isEqualTo(read);
    }

    @Test
    void roundTripsNullAsATombstoneWithoutRegisteringAnything() throws Exception {
        assertThat(roundTrip(null, config(url))).isNull();
        assertThat(MockSchemaRegistry.getClientForScope(scope).getAllSubjects()).isEmpty();
    }

    @Test
    void readsGenericRecordsByDefault() {
        Object read = roundTrip(Payments.specific("p-1", 12.5), config(url));

        assertThat(read).isInstanceOf(GenericData.Record.class);
        assertThat(((GenericRecord) read).get("amount")).isEqualTo(12.5);
    }

    @Test
    void readsTheGeneratedClassNamedByTheWriterSchema() {
        Object read = roundTrip(Payments.generic("p-1", 12.5), config(url, "specific.avro.reader", true));

        assertThat(read).isEqualTo(Payments.specific("p-1", 12.5));
    }

    @Test
    void convertsLogicalTypesOfGeneratedClasses() {
        TuitionInvoice invoice = TuitionInvoice.newBuilder()
                .setInvoiceId("inv-2025-0042")
                .setAmount(new BigDecimal("1234.50"))
                .setDueDate(LocalDate.of(2025, 10, 1))
                .setIssuedAt(Instant.parse("2025-09-01T08:15:30.123Z"))
                .build();

        Object read = roundTrip(invoice, config(url, "specific.avro.reader", "true"));

        assertThat(read).isInstanceOfSatisfying(TuitionInvoice.class, copy -> {
            assertThat(copy.getAmount()).isEqualTo(new BigDecimal("1234.50"));
            assertThat(copy.getDueDate()).isEqualTo(LocalDate.of(2025, 10, 1));
            assertThat(copy.getIssuedAt()).isEqualTo(Instant.parse("2025-09-01T08:15:30.123Z"));
            assertThat(copy.getNote()).isNull();
        });
    }

    @Test
    void readsNestedRecordsEnumsAndArraysIntoTheirGeneratedClasses() {
        EnrolmentRecorded enrolment = EnrolmentRecorded.newBuilder()
                .setStudentId("s-42")
                .setStatus(EnrolmentStatus.CONFIRMED)
                .setProgramme(new Programme("BSC-CS", 180))
                .setModules(
                        List.of(new ModuleChoice("CS101", new BigDecimal("950.00")), new ModuleChoice("MA102", null)))
                .build();

        Object read = roundTrip(enrolment, config(url, "specific.avro.reader", true));

        // Field by field: Avro's generated equals() cannot compare a decimal inside a union.
        assertThat(read)
                .isInstanceOf(EnrolmentRecorded.class)
                .usingRecursiveComparison()
                .isEqualTo(enrolment);
        assertThat(((EnrolmentRecorded) read).getModules().get(0).getFee()).isEqualTo(new BigDecimal("950.00"));
    }

    @Test
    void neverInstantiatesAClassThatIsNotAvroDataJustBecauseASchemaNamesIt() {
        Schema namedLikeAThread = SchemaBuilder.record("Thread")
                .namespace("java.lang")
                .fields()
                .requiredString("name")
                .endRecord();
        GenericRecord value = new GenericData.Record(namedLikeAThread);
        value.put("name", "main");

        assertThatThrownBy(() -> roundTrip(value, config(url, "specific.avro.reader", true)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Could not find class java.lang.Thread");
    }

    @Test
    void leavesGenericLogicalTypesRawUnlessConvertersAreAskedFor() {
        GenericRecord invoice = new GenericData.Record(TuitionInvoice.getClassSchema());
        invoice.put("invoiceId", "inv-1");
        invoice.put(
                "amount",
                ByteBuffer.wrap(new BigDecimal("10.00").unscaledValue().toByteArray()));
        invoice.put("dueDate", 20_000);
        invoice.put("issuedAt", 1_700_000_000_000L);

        GenericRecord plain = (GenericRecord) roundTrip(invoice, config(url));
        GenericRecord converted =
                (GenericRecord) roundTrip(invoice, config(url, "avro.use.logical.type.converters", true));

        assertThat(plain.get("dueDate")).isEqualTo(20_000);
        assertThat(converted.get("amount")).isEqualTo(new BigDecimal("10.00"));
        assertThat(converted.get("dueDate")).isEqualTo(LocalDate.ofEpochDay(20_000));
        assertThat(converted.get("issuedAt")).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    }

    @Test
    void readsIntoTheConfiguredSpecificType() {
        Object read = roundTrip(
                Payments.generic("p-9", 1.0),
                config(url, "specific.avro.reader", true, "specific.avro.value.type", interop.Payment.class.getName()));

        assertThat(read).isEqualTo(Payments.specific("p-9", 1.0));
    }

    @Test
    void explainsAMissingGeneratedClass() {
        Schema unknown = SchemaBuilder.record("Graduation")
                .namespace("nowhere")
                .fields()
                .requiredString("studentId")
                .endRecord();
        GenericRecord graduation = new GenericData.Record(unknown);
        graduation.put("studentId", "s-1");

        assertThatThrownBy(() -> roundTrip(graduation, config(url, "specific.avro.reader", true)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Could not find class nowhere.Graduation");
    }

    @Test
    void readsOldDataWithANewerReaderSchema() {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config(url), false);
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(config(url), false);
        Schema withCurrency = SchemaBuilder.record("Payment")
                .namespace("interop")
                .fields()
                .requiredString("id")
                .requiredDouble("amount")
                .name("currency")
                .type()
                .stringType()
                .stringDefault("EUR")
                .endRecord();

        byte[] old = serializer.serialize("payments", Payments.generic("p-1", 12.5));
        GenericRecord read = (GenericRecord) deserializer.deserialize("payments", old, withCurrency);

        assertThat(read.get("currency")).hasToString("EUR");
    }

    @Test
    void keepsMockScopesApart() {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(config(url), false);
        KafkaAvroDeserializer elsewhere = new KafkaAvroDeserializer();
        String otherScope = scope + "-other";
        elsewhere.configure(config("mock://" + otherScope), false);

        byte[] bytes = serializer.serialize("payments", Payments.generic("p-1", 12.5));

        try {
            assertThatThrownBy(() -> elsewhere.deserialize("payments", bytes))
                    .isInstanceOf(SerializationException.class)
                    .hasRootCauseInstanceOf(RestClientException.class);
        } finally {
            MockSchemaRegistry.dropScope(otherScope);
        }
    }
}
