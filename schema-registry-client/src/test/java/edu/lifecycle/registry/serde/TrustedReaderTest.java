package edu.lifecycle.registry.serde;

import static edu.lifecycle.registry.serde.Payments.config;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.registry.client.MockSchemaRegistryClient;
import edu.lifecycle.registry.client.SchemaRegistryClient;
import edu.lifecycle.registry.testrecords.EnrolmentRecorded;
import edu.lifecycle.registry.testrecords.TuitionInvoice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A specific reader reads with the generated class's own SpecificData (Avro's fast reader) when Avro's global validator
 * trusts every class the schema names, and falls back to GeneratedClassData otherwise; both read the same values.
 */
class TrustedReaderTest {

    private static final String TEST_RECORDS = "edu.lifecycle.registry.testrecords";

    private final ClassSecurityPredicate original = ClassSecurityValidator.getGlobal();
    private final SchemaRegistryClient registry = new MockSchemaRegistryClient();

    @AfterEach
    void restoreAvrosTrust() {
        ClassSecurityValidator.setGlobal(original);
    }

    /** As {@code TrustedAvroPackages.trust()} does for the services: the previous rules plus one package. */
    private void trustTestRecordsPackage() {
        ClassSecurityValidator.setGlobal(
                type -> type.getPackageName().equals(TEST_RECORDS) || original.isTrusted(type));
    }

    @Test
    void readsWithTheGeneratedClassesOwnModelWhenAvroTrustsTheirPackage() {
        trustTestRecordsPackage();

        assertThat(modelFor(EnrolmentRecorded.getClassSchema())).isExactlyInstanceOf(SpecificData.class);
        assertThat(modelFor(TuitionInvoice.getClassSchema())).isSameAs(SpecificData.getForClass(TuitionInvoice.class));
        assertRoundTrips();
    }

    @Test
    void fallsBackToGeneratedClassDataWhenAvroDoesNotTrustTheClasses() {
        assertThat(modelFor(EnrolmentRecorded.getClassSchema())).isInstanceOf(GeneratedClassData.class);
        assertRoundTrips();
    }

    @Test
    void fallsBackWhenOnlyTheOuterClassIsTrustedAndNotTheNestedOnes() {
        // SpecificData would refuse the nested Programme, ModuleChoice and EnrolmentStatus classes.
        ClassSecurityValidator.setGlobal(type -> type == EnrolmentRecorded.class || original.isTrusted(type));

        assertThat(modelFor(EnrolmentRecorded.getClassSchema())).isInstanceOf(GeneratedClassData.class);
        assertRoundTrips();
    }

    @Test
    void readsIntoTheConfiguredSpecificTypeWithItsOwnModelWhenTrusted() {
        trustTestRecordsPackage();
        ReaderSchemas readers = new ReaderSchemas(true, TuitionInvoice.class, GenericData.get());

        assertThat(readers.forWriter(TuitionInvoice.getClassSchema(), null).model())
                .isExactlyInstanceOf(SpecificData.class);
    }

    @Test
    void readsWithAnExplicitOlderReaderSchemaOnEitherModel() {
        TuitionInvoice invoice = invoice();
        byte[] framed = new KafkaAvroSerializer(registry).serialize("invoices", invoice);
        // The class's schema without the optional note: a reader schema the class can still be filled from.
        Schema older = SchemaBuilder.record("TuitionInvoice")
                .namespace(TEST_RECORDS)
                .fields()
                .name("invoiceId")
                .type()
                .stringType()
                .noDefault()
                .name("amount")
                .type(TuitionInvoice.getClassSchema().getField("amount").schema())
                .noDefault()
                .name("dueDate")
                .type(TuitionInvoice.getClassSchema().getField("dueDate").schema())
                .noDefault()
                .name("issuedAt")
                .type(TuitionInvoice.getClassSchema().getField("issuedAt").schema())
                .noDefault()
                .endRecord();

        Object untrusted = specificReader().deserialize("invoices", framed, older);
        trustTestRecordsPackage();
        Object trusted = specificReader().deserialize("invoices", framed, older);

        assertThat(untrusted).isEqualTo(trusted).isInstanceOfSatisfying(TuitionInvoice.class, read -> {
            assertThat(read.getAmount()).isEqualTo(new BigDecimal("1234.50"));
            assertThat(read.getNote()).isNull();
        });
    }

    private GenericData modelFor(Schema writer) {
        return new ReaderSchemas(true, null, GenericData.get())
                .forWriter(writer, null)
                .model();
    }

    private KafkaAvroDeserializer specificReader() {
        return new KafkaAvroDeserializer(registry, config("mock://unused", "specific.avro.reader", true));
    }

    /** Nested records, an enum, an array, a decimal in a union and date and timestamp conversions, read back. */
    private void assertRoundTrips() {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer(registry);
        KafkaAvroDeserializer deserializer = specificReader();
        EnrolmentRecorded enrolment = SharedSerdeThreadsTest.enrolment();
        TuitionInvoice invoice = invoice();

        Object readEnrolment = deserializer.deserialize("enrolments", serializer.serialize("enrolments", enrolment));
        Object readInvoice = deserializer.deserialize("invoices", serializer.serialize("invoices", invoice));

        // Field by field: Avro's generated equals() cannot compare a decimal inside a union.
        assertThat(readEnrolment)
                .isInstanceOf(EnrolmentRecorded.class)
                .usingRecursiveComparison()
                .isEqualTo(enrolment);
        assertThat(readInvoice).isEqualTo(invoice);
    }

    private static TuitionInvoice invoice() {
        return TuitionInvoice.newBuilder()
                .setInvoiceId("inv-2025-0042")
                .setAmount(new BigDecimal("1234.50"))
                .setDueDate(LocalDate.of(2025, 10, 1))
                .setIssuedAt(Instant.parse("2025-09-01T08:15:30.123Z"))
                .setNote("with a note")
                .build();
    }
}
