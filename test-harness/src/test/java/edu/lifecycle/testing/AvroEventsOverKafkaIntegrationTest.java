package edu.lifecycle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.StudyStream;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.profiles.StudentProfile;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.registry.client.CachedSchemaRegistryClient;
import edu.lifecycle.registry.serde.KafkaAvroDeserializer;
import edu.lifecycle.registry.serde.KafkaAvroSerDeConfig;
import edu.lifecycle.registry.serde.KafkaAvroSerializer;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Our serializer writes events through a real broker and registry, logged in as admissions, and our deserializer
 * reads them back logged in as an outside reader, as a subscriber on the public topics would. In containers mode the
 * registry is Confluent's own, which proves the two speak the same protocol, basic authentication included.
 */
@KafkaStack
class AvroEventsOverKafkaIntegrationTest {

    private static final String STRATEGY = "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy";

    private final StackEndpoints stack;
    /** This class's topics, opened to the system's principals as a test run's are. */
    private final String run = "avro-" + UUID.randomUUID().toString().substring(0, 8) + ".";

    AvroEventsOverKafkaIntegrationTest(StackEndpoints stack) {
        this.stack = stack;
        stack.openTopics(run);
    }

    @Test
    void aSubscriberReadsTheEventAsItsGeneratedClassOrAsAGenericRecord() throws Exception {
        var topic = newTopic("admissions.events");
        var enrolled = studentEnrolled("stu-1");

        produce(topic, "stu-1", enrolled);

        assertThat(consume(topic, Principals.SUBSCRIBER, deserializer(Principals.SUBSCRIBER, true), 1))
                .extracting(ConsumerRecord::value)
                .containsExactly(enrolled);
        var generic =
                (GenericRecord) consume(topic, Principals.SUBSCRIBER, deserializer(Principals.SUBSCRIBER, false), 1)
                        .get(0)
                        .value();
        assertThat(generic.get("studentId").toString()).isEqualTo("stu-1");
        assertThat(generic.get("stream").toString()).isEqualTo("PROFESSIONAL");
    }

    @Test
    void eachEventTypeIsRegisteredUnderItsTopicRecordSubjectAndFramedWithItsId() throws Exception {
        var topic = newTopic("admissions.events");
        produce(topic, "stu-2", studentEnrolled("stu-2"));

        var subject = topic + "-" + StudentEnrolled.getClassSchema().getFullName();
        var registry = new CachedSchemaRegistryClient(
                List.of(stack.schemaRegistryUrl()), stack.registryClient(Principals.SUBSCRIBER));
        assertThat(registry.getAllSubjects()).contains(subject);
        int id = registry.getLatestSchemaMetadata(subject).id();

        var raw = (byte[]) consume(topic, Principals.SUBSCRIBER, new ByteArrayDeserializer(), 1)
                .get(0)
                .value();
        var frame = ByteBuffer.wrap(raw);
        assertThat(frame.get()).as("magic byte").isZero();
        assertThat(frame.getInt()).as("schema id").isEqualTo(id);
    }

    @Test
    void aTombstoneErasesAProfileAndReadsBackAsNull() throws Exception {
        var topic = newTopic("admissions.student-profiles");
        produce(topic, "stu-3", new StudentProfile("stu-3", "Camille Martin", "camille@example.org"));
        produce(topic, "stu-3", null);

        var reader = Principals.STUDENT_PROFILES_READER;
        var values = consume(topic, reader, deserializer(reader, true), 2).stream()
                .map(ConsumerRecord::value)
                .toList();
        assertThat(values).hasSize(2);
        assertThat(values.get(0)).isEqualTo(new StudentProfile("stu-3", "Camille Martin", "camille@example.org"));
        assertThat(values.get(1)).isNull();
    }

    private static StudentEnrolled studentEnrolled(String studentId) {
        return StudentEnrolled.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setStudentId(studentId)
                .setProgramme("M2-ISD")
                .setAcademicYear("2026-2027")
                .setStream(StudyStream.PROFESSIONAL)
                .setScheme(TrainingScheme.APPRENTICESHIP)
                .setRegisteredOn(LocalDate.of(2026, 9, 14))
                .build();
    }

    /** A topic of admissions in this class's run, created by admissions, the only one who may write it. */
    private String newTopic(String baseName) throws Exception {
        var topic = run + baseName;
        try (var admin = Admin.create(stack.kafkaClient("admissions"))) {
            admin.createTopics(Set.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        return topic;
    }

    private Map<String, Object> serdeConfig(String principal) {
        var config = stack.registryClient(principal);
        // Confluent's class name on purpose: a configuration written for Confluent's serde works unchanged.
        config.put(KafkaAvroSerDeConfig.VALUE_SUBJECT_NAME_STRATEGY, STRATEGY);
        return config;
    }

    private void produce(String topic, String key, Object value) throws Exception {
        var serializer = new KafkaAvroSerializer();
        serializer.configure(serdeConfig("admissions"), false);
        try (var producer = new KafkaProducer<>(stack.kafkaClient("admissions"), new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private KafkaAvroDeserializer deserializer(String reader, boolean specific) {
        var config = serdeConfig(reader);
        config.put(KafkaAvroSerDeConfig.SPECIFIC_AVRO_READER_CONFIG, specific);
        var deserializer = new KafkaAvroDeserializer();
        deserializer.configure(config, false);
        return deserializer;
    }

    private List<ConsumerRecord<String, Object>> consume(
            String topic, String reader, Deserializer<? extends Object> valueDeserializer, int expected) {
        var config = stack.readerConsumer(reader);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        @SuppressWarnings("unchecked")
        var values = (Deserializer<Object>) valueDeserializer;
        var records = new ArrayList<ConsumerRecord<String, Object>>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            var deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (records.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
