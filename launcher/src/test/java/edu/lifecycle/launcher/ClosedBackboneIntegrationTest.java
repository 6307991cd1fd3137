package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.demo.Api;
import edu.lifecycle.demo.CohortPlayer;
import edu.lifecycle.demo.MovableClock;
import edu.lifecycle.events.billing.TuitionSettled;
import edu.lifecycle.localstack.LocalStack;
import edu.lifecycle.localstack.LocalStackSettings;
import edu.lifecycle.localstack.backbone.Login;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.registry.serde.KafkaAvroDeserializer;
import edu.lifecycle.registry.serde.KafkaAvroSerializer;
import edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default as {@code ./run.sh} starts it, attacked from outside: a student is enrolled through the
 * services' APIs, then strangers, readers and the other services try to write each service's commands and events.
 * Nothing gets in, nothing changes; the readers read what they are meant to, and only that.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedBackboneIntegrationTest {

    private static final String STUDENT = "stu-closed";
    private static final List<String> ATTACKED_TOPICS = Principals.SERVICES.stream()
            .flatMap(service -> List.of(service + ".commands", service + ".events").stream())
            .toList();

    @TempDir
    static Path data;

    private RunningSystem system;
    private LocalStack stack;
    private Api api;

    @BeforeAll
    void enrollAStudent() {
        system = RunningSystem.start(
                LocalStackSettings.ephemeral(data),
                Services.onFreePorts(),
                step -> {},
                Optional.of(MovableClock.startingAt(CohortPlayer.START)));
        stack = system.stack().orElseThrow();
        api = system.urls(system.integrationClient()).api();
        var urls = system.serviceUrls();
        var application = urls.get("admissions") + "/api/v1/applications/" + STUDENT;
        api.command(
                urls.get("admissions") + "/api/v1/applications",
                Map.of(
                        "studentId",
                        STUDENT,
                        "programme",
                        CohortPlayer.PROGRAMME,
                        "academicYear",
                        CohortPlayer.YEAR,
                        "priorDegree",
                        Map.of(
                                "title", "Master 1 Law",
                                "institution", "Université Lyon 3",
                                "country", "FR",
                                "ects", 240),
                        "preferredStream",
                        "RESEARCH",
                        "preferredScheme",
                        "INITIAL",
                        "fullName",
                        "Jeanne Closed",
                        "email",
                        "jeanne@example.org"));
        api.command(application + "/exam", Map.of("writtenMark", "13.00", "interviewMark", "14.00"));
        api.command(application + "/decision", Map.of("decision", "ADMITTED"));
        api.await(application, reply -> "ADMITTED".equals(reply.text("status")));
        api.command(application + "/enrollment", Map.of("stream", "RESEARCH", "scheme", "INITIAL"));
        // Every service has written its public topic once the timeline, which reads all four, shows each of them.
        api.await(
                urls.get("admissions") + "/api/v1/students/" + STUDENT + "/timeline",
                reply -> reply.ok()
                        && reply.body().toString().contains("TuitionAccountOpened")
                        && reply.body().toString().contains("TranscriptOpened")
                        && reply.body().toString().contains("PlacementRecordOpened"));
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void nobodyButTheOwnerWritesAServicesCommandsOrEventsAndNothingChanges() throws Exception {
        var offsets = endOffsets();
        var readModels = readModels();

        for (var topic : ATTACKED_TOPICS) {
            var owner = topic.substring(0, topic.indexOf('.'));
            assertThat(attempt(anonymous(), topic))
                    .as("no credentials on %s: Kafka drops a client that does not log in", topic)
                    .isInstanceOf(TimeoutException.class);
            assertThat(attempt(client(new Login(owner, "not-the-password-0000")), topic))
                    .as("a wrong password on %s", topic)
                    .isInstanceOf(AuthenticationException.class);
            for (var principal : List.of(Principals.SUBSCRIBER, Principals.STUDENT_PROFILES_READER)) {
                assertThat(attempt(client(stack.login(principal)), topic))
                        .as("%s on %s", principal, topic)
                        .isInstanceOf(AuthorizationException.class);
            }
            for (var other : Principals.SERVICES) {
                if (!other.equals(owner)) {
                    assertThat(attempt(client(stack.login(other)), topic))
                            .as("%s on %s", other, topic)
                            .isInstanceOf(TopicAuthorizationException.class);
                }
            }
        }

        assertThat(endOffsets()).as("nothing reached any topic").isEqualTo(offsets);
        assertThat(readModels()).as("no read model changed").isEqualTo(readModels);
    }

    @Test
    void aSubscribersLoginCannotForgeASettledTuitionNorRegisterItsSchema() throws Exception {
        var subscriber = stack.login(Principals.SUBSCRIBER);
        var serializer = new KafkaAvroSerializer();
        var serde = new HashMap<>(subscriber.registryClient(stack.schemaRegistryUrl()));
        serde.put("value.subject.name.strategy", TopicRecordNameStrategy.class.getName());
        serializer.configure(serde, false);
        var forged = TuitionSettled.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOccurredAt(Instant.parse("2026-05-04T09:00:00Z"))
                .setStudentId(STUDENT)
                .setTotalPaid(new BigDecimal("9750.00"))
                .build();

        assertThatThrownBy(() -> serializer.serialize("billing.events", forged))
                .as("a reader registers no schema")
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void theSubscriberReadsEveryPublicEventTopicWithConfluentStyleSettings() throws Exception {
        var settings = readerSettings("subscriber.properties");
        settings.put(
                ConsumerConfig.GROUP_ID_CONFIG, Principals.groupPrefixOf(Principals.SUBSCRIBER) + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put("specific.avro.reader", "true");

        Map<String, List<Object>> read = readEach(settings, Principals.PUBLIC_EVENT_TOPICS);

        assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(Principals.PUBLIC_EVENT_TOPICS);
        assertThat(read.values())
                .allSatisfy(events -> assertThat(events).first().isInstanceOf(SpecificRecord.class));
    }

    @Test
    void theReadmeTellsASubscriberTheSettingsTheStackWritesForIt() throws Exception {
        var readme = Files.readString(Path.of("..", "README.md"));
        var section = readme.substring(readme.indexOf("## Reading the events from another system"));
        var block = section.substring(
                section.indexOf("```properties") + 13, section.indexOf("```", section.indexOf("```properties") + 13));
        var documented = new Properties();
        documented.load(new StringReader(block));
        var written = readerSettings("subscriber.properties");

        assertThat(documented.stringPropertyNames()).containsAll(written.keySet());
        for (var key : List.of("security.protocol", "sasl.mechanism", "basic.auth.credentials.source")) {
            assertThat(documented.getProperty(key)).as(key).isEqualTo(written.get(key));
        }
        assertThat(section).contains(stack.credentialsDirectory().getFileName() + "/subscriber.properties");
    }

    @Test
    void theSubscriberReadsNothingInternalNorThePersonalData() throws Exception {
        var internal = new ArrayList<>(List.of(
                "admissions.commands",
                "admissions.intake-commands",
                "billing.command-outcomes",
                "curriculum.policy-rejections",
                Principals.STUDENT_PROFILES_TOPIC,
                "_schemas"));
        internal.add(aStreamsChangelog());
        var settings = readerSettings("subscriber.properties");

        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
            for (var topic : internal) {
                assertThatThrownBy(() -> consumer.partitionsFor(topic))
                        .as(topic)
                        .isInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    void aSubscriberCannotJoinAServicesConsumerGroupAndTakeItsPartitions() {
        var settings = readerSettings("subscriber.properties");
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, Principals.applicationIdOf("billing"));

        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("billing.events"));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void thePersonalDataTopicIsReadOnlyWithItsOwnLogin() throws Exception {
        var settings = readerSettings("student-profiles-reader.properties");
        settings.put(
                ConsumerConfig.GROUP_ID_CONFIG,
                Principals.groupPrefixOf(Principals.STUDENT_PROFILES_READER) + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");

        assertThat(readEach(settings, List.of(Principals.STUDENT_PROFILES_TOPIC)))
                .containsKey(Principals.STUDENT_PROFILES_TOPIC);
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer())) {
            assertThatThrownBy(() -> consumer.partitionsFor("admissions.events"))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
        for (var service : List.of("billing", "curriculum", "placement")) {
            try (var consumer = new KafkaConsumer<>(
                    client(stack.login(service)), new StringDeserializer(), new ByteArrayDeserializer())) {
                assertThatThrownBy(() -> consumer.partitionsFor(Principals.STUDENT_PROFILES_TOPIC))
                        .as(service)
                        .isInstanceOf(TopicAuthorizationException.class);
            }
        }
    }

    @Test
    void theRegistryLetsReadersLookUpButOnlyWritersRegister() throws Exception {
        var subject = "closed-probe-value";
        var schema = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Probe\\\",\\\"fields\\\":[]}\"}";
        var writer = stack.login("billing");
        var reader = stack.login(Principals.SUBSCRIBER);

        assertThat(registry("POST", "/subjects/" + subject + "/versions", schema, null))
                .isEqualTo(401);
        assertThat(registry("POST", "/subjects/" + subject + "/versions", schema, reader))
                .isEqualTo(403);
        assertThat(registry("POST", "/subjects/" + subject + "/versions", schema, writer))
                .isEqualTo(200);
        assertThat(registry("POST", "/subjects/" + subject, schema, reader)).isEqualTo(200);
        assertThat(registry("GET", "/subjects/" + subject + "/versions/latest", null, reader))
                .isEqualTo(200);
    }

    private Throwable attempt(Map<String, Object> client, String topic) {
        var config = new HashMap<>(client);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_500);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_500);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // What the stranger of the issue sent: a payment of 9,000.00 EUR as a JSON command.
        var payment = "{\"type\":\"record-payment\",\"studentId\":\"" + STUDENT + "\",\"amount\":"
                + new BigDecimal("9000.00") + ",\"currency\":\"EUR\"}";
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, STUDENT, payment)).get();
            return null;
        } catch (ExecutionException e) {
            return refusal(e.getCause());
        } catch (RuntimeException | InterruptedException e) {
            return refusal(e);
        }
    }

    /**
     * What refused the write. An idempotent producer first asks for a producer id; when that is refused, the send may
     * fail with "the producer is in an error state", whose cause is the refusal, depending on which comes first.
     */
    private static Throwable refusal(Throwable thrown) {
        return thrown instanceof KafkaException && thrown.getCause() instanceof AuthorizationException
                ? thrown.getCause()
                : thrown;
    }

    private Map<String, Object> anonymous() {
        return new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
    }

    private Map<String, Object> client(Login login) {
        return new HashMap<>(login.kafkaClient(stack.bootstrapServers()));
    }

    /** The settings the stack wrote for an outside reader, as the README tells one to use them. */
    private Map<String, Object> readerSettings(String file) {
        try {
            var properties = new Properties();
            properties.load(new StringReader(
                    Files.readString(stack.credentialsDirectory().resolve(file))));
            var settings = new HashMap<String, Object>();
            properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
            return settings;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the topics until each has given a record, or a deadline passes; values decoded as the settings say. */
    private Map<String, List<Object>> readEach(Map<String, Object> settings, List<String> topics) {
        var deserializer = new KafkaAvroDeserializer();
        deserializer.configure(settings, false);
        var read = new LinkedHashMap<String, List<Object>>();
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), deserializer)) {
            consumer.subscribe(topics);
            var deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!read.keySet().containsAll(topics) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(record -> read.computeIfAbsent(record.topic(), topic -> new ArrayList<>())
                                .add(record.value()));
            }
        }
        return read;
    }

    private Map<TopicPartition, Long> endOffsets() throws Exception {
        try (var admin = Admin.create(stack.login(Principals.ADMIN).kafkaClient(stack.bootstrapServers()))) {
            Set<String> topics = new HashSet<>(ATTACKED_TOPICS);
            var partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(description -> description.partitions().stream()
                            .map(info -> new TopicPartition(description.name(), info.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            var offsets = new HashMap<TopicPartition, Long>();
            admin.listOffsets(partitions)
                    .all()
                    .get()
                    .forEach((partition, info) -> offsets.put(partition, info.offset()));
            return offsets;
        }
    }

    /** What the four services answer about the student: application, account, transcript, placement, timeline. */
    private Map<String, String> readModels() {
        var urls = system.serviceUrls();
        var answers = new LinkedHashMap<String, String>();
        for (var path : List.of(
                urls.get("admissions") + "/api/v1/applications/" + STUDENT,
                urls.get("admissions") + "/api/v1/students/" + STUDENT + "/timeline",
                urls.get("billing") + "/api/v1/accounts/" + STUDENT,
                urls.get("curriculum") + "/api/v1/transcripts/" + STUDENT,
                urls.get("placement") + "/api/v1/students/" + STUDENT + "/placements")) {
            var reply = api.get(path);
            answers.put(path, reply.status() + " " + reply.body());
        }
        return answers;
    }

    private String aStreamsChangelog() throws Exception {
        try (var admin = Admin.create(stack.login(Principals.ADMIN).kafkaClient(stack.bootstrapServers()))) {
            return admin.listTopics().names().get().stream()
                    .filter(name -> name.startsWith("billing-service-") && name.endsWith("-changelog"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private int registry(String method, String path, String body, Login login) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (login != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
