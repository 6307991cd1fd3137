package edu.lifecycle.registry.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.registry.client.MockSchemaRegistryClient;
import edu.lifecycle.registry.client.RegistryConfig;
import edu.lifecycle.registry.client.RestClientException;
import edu.lifecycle.registry.client.SchemaRegistryClient;
import edu.lifecycle.registry.testrecords.EnrolmentRecorded;
import edu.lifecycle.registry.testrecords.EnrolmentStatus;
import edu.lifecycle.registry.testrecords.ModuleChoice;
import edu.lifecycle.registry.testrecords.Programme;
import edu.lifecycle.registry.testrecords.TuitionInvoice;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The serializer and deserializer reuse an encoder, a buffer and a decoder per thread; a Kafka serde instance is shared
 * by every thread of a producer or a Streams application, so each thread must still get exactly its own bytes.
 */
class SharedSerdeThreadsTest {

    private static final int THREADS = 6;
    private static final int ROUNDS = 300;

    private final SchemaRegistryClient registry = new MockSchemaRegistryClient();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    SharedSerdeThreadsTest() throws Exception {
        // Several record and primitive schemas go to the one subject t1-value.
        registry.updateConfig(null, RegistryConfig.compatibility("NONE"));
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aSerializerSharedByThreadsWritesEveryRecordsOwnBytes() throws Exception {
        KafkaAvroSerializer shared = new KafkaAvroSerializer(registry);
        List<Object> values = values();
        // Each value written alone, by a serializer no other thread touches, is what every thread must get.
        KafkaAvroSerializer alone = new KafkaAvroSerializer(registry);
        List<byte[]> expected =
                values.stream().map(v -> alone.serialize("t1", v)).toList();

        List<Future<List<byte[]>>> results = onAllThreads(thread -> {
            List<byte[]> written = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                // Threads start at different values, so records of different sizes are written at the same time.
                int index = (round + thread) % values.size();
                written.add(shared.serialize("t1", values.get(index)));
            }
            return written;
        });

        for (int thread = 0; thread < THREADS; thread++) {
            List<byte[]> written = results.get(thread).get(30, TimeUnit.SECONDS);
            for (int round = 0; round < ROUNDS; round++) {
                int index = (round + thread) % values.size();
                assertThat(written.get(round))
                        .as("thread %d, round %d, value %d", thread, round, index)
                        .isEqualTo(expected.get(index));
            }
        }
    }

    @Test
    void everyThreadWritesTheNewIdOnceDeletesRacingWithItAreOver() throws Exception {
        KafkaAvroSerializer shared = new KafkaAvroSerializer(registry);
        AtomicBoolean stop = new AtomicBoolean();
        String payloadHex = Payments.GOLDEN_HEX.substring(2 * SchemaId.PREFIX_SIZE);
        // Deletes and the re-registrations they cause race with the memo of what the schema resolved to.
        List<Future<Integer>> writers = onAllThreads(thread -> {
            int written = 0;
            while (!stop.get()) {
                byte[] bytes = shared.serialize("t1", Payments.generic("p-1", 12.5));
                assertThat(HexFormat.of().formatHex(bytes, SchemaId.PREFIX_SIZE, bytes.length))
                        .isEqualTo(payloadHex);
                written++;
            }
            return written;
        });
        for (int cycle = 0; cycle < 200; cycle++) {
            deleteForGood("t1-value");
            Thread.yield();
        }
        stop.set(true);
        for (Future<Integer> writer : writers) {
            assertThat(writer.get(30, TimeUnit.SECONDS)).isPositive();
        }

        deleteForGood("t1-value");
        List<Future<byte[]>> last = onAllThreads(thread -> shared.serialize("t1", Payments.generic("p-1", 12.5)));

        List<Integer> ids = new ArrayList<>();
        for (Future<byte[]> bytes : last) {
            ids.add(SchemaId.numericIdOf(bytes.get(30, TimeUnit.SECONDS)));
        }
        int current = registry.getId("t1-value", Payments.SCHEMA);
        assertThat(ids).containsOnly(current);
        assertThat(registry.getAllVersions("t1-value")).hasSize(1);
    }

    /** Soft, then hard delete; either may find the subject in another state when threads register meanwhile. */
    private void deleteForGood(String subject) {
        try {
            registry.deleteSubject(subject, false);
        } catch (IOException | RestClientException e) {
            // Already soft-deleted, or never registered yet.
        }
        try {
            registry.deleteSubject(subject, true);
        } catch (IOException | RestClientException e) {
            // Registered again since the soft delete.
        }
    }

    @Test
    void aDeserializerSharedByThreadsReadsEveryRecordBack() throws Exception {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer(registry);
        KafkaAvroDeserializer shared =
                new KafkaAvroDeserializer(registry, Payments.config("mock://unused", "specific.avro.reader", true));
        List<Object> values = List.of(invoice(), enrolment(), Payments.specific("p-1", 12.5));
        List<byte[]> framed =
                values.stream().map(v -> serializer.serialize("t1", v)).toList();

        List<Future<List<Object>>> results = onAllThreads(thread -> {
            List<Object> read = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                read.add(shared.deserialize("t1", framed.get((round + thread) % framed.size())));
            }
            return read;
        });

        for (int thread = 0; thread < THREADS; thread++) {
            List<Object> read = results.get(thread).get(30, TimeUnit.SECONDS);
            for (int round = 0; round < ROUNDS; round++) {
                // Field by field: Avro's generated equals() cannot compare a decimal inside a union.
                assertThat(read.get(round))
                        .usingRecursiveComparison()
                        .isEqualTo(values.get((round + thread) % values.size()));
            }
        }
    }

    @Test
    void returnsAFreshArrayThatLaterRecordsNeverOverwrite() {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer(registry);

        byte[] first = serializer.serialize("t1", Payments.generic("p-1", 12.5));
        byte[] copy = first.clone();
        byte[] second = serializer.serialize("t1", Payments.generic("p-2", 99.0));
        second[6] = 0x7f;
        byte[] third = serializer.serialize("t1", Payments.generic("p-1", 12.5));

        assertThat(first).isEqualTo(copy).isNotSameAs(third);
        assertThat(HexFormat.of().formatHex(third)).isEqualTo(Payments.GOLDEN_HEX);
    }

    @Test
    void aFailedRecordLeavesNothingBehindForTheNextOne() {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer(registry);
        GenericRecord missingAmount = new GenericData.Record(Payments.SCHEMA);
        missingAmount.put("id", "p-broken");

        // The id is already encoded when the missing amount fails the write.
        assertThatThrownBy(() -> serializer.serialize("t1", missingAmount)).isInstanceOf(SerializationException.class);
        byte[] next = serializer.serialize("t1", Payments.generic("p-1", 12.5));

        assertThat(HexFormat.of().formatHex(next)).isEqualTo(Payments.GOLDEN_HEX);
    }

    @Test
    void aRecordLargerThanTheKeptBufferIsWrittenWholeAndSoIsTheNextSmallOne() {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer(registry);
        String longId = "x".repeat(AvroPayloadWriter.MAX_RETAINED_BUFFER_SIZE * 2);

        byte[] large = serializer.serialize("t1", Payments.generic(longId, 1.0));
        byte[] small = serializer.serialize("t1", Payments.generic("p-1", 12.5));

        assertThat(new KafkaAvroDeserializer(registry).deserialize("t1", large))
                .isInstanceOfSatisfying(
                        GenericRecord.class, read -> assertThat(read.get("id")).hasToString(longId));
        assertThat(HexFormat.of().formatHex(small)).isEqualTo(Payments.GOLDEN_HEX);
    }

    private <T> List<Future<T>> onAllThreads(ThreadTask<T> task) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int number = thread;
            Callable<T> call = () -> {
                start.await();
                return task.run(number);
            };
            futures.add(pool.submit(call));
        }
        start.countDown();
        return futures;
    }

    private interface ThreadTask<T> {
        T run(int thread) throws Exception;
    }

    /** Records of several shapes and sizes, and values on the raw-bytes and primitive paths. */
    private static List<Object> values() {
        return List.of(
                Payments.generic("p-1", 12.5),
                Payments.specific("p-" + "9".repeat(300), -0.5),
                invoice(),
                enrolment(),
                Payments.generic("p-" + "long".repeat(2_000), 1e9),
                new byte[] {1, 2, 3},
                "a string",
                42L);
    }

    private static TuitionInvoice invoice() {
        return TuitionInvoice.newBuilder()
                .setInvoiceId("inv-2025-0042")
                .setAmount(new BigDecimal("1234.50"))
                .setDueDate(LocalDate.of(2025, 10, 1))
                .setIssuedAt(Instant.parse("2025-09-01T08:15:30.123Z"))
                .build();
    }

    static EnrolmentRecorded enrolment() {
        return EnrolmentRecorded.newBuilder()
                .setStudentId("s-42")
                .setStatus(EnrolmentStatus.CONFIRMED)
                .setProgramme(new Programme("BSC-CS", 180))
                .setModules(
                        List.of(new ModuleChoice("CS101", new BigDecimal("950.00")), new ModuleChoice("MA102", null)))
                .build();
    }
}
