package edu.lifecycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.demo.Api;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.StackEndpoints;
import edu.lifecycle.testing.StackMode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The proof of crypto-shredding: one person with a distinctive name and e-mail applies, is admitted and
 * enrolled, has a command of theirs dead-lettered, and is erased; another corrects both name and e-mail. Then the raw
 * bytes of every file in the broker's log directories and in every service's state directory are scanned: neither the
 * erased person's identity nor the corrected person's old one may be found anywhere, once the profile topic's
 * compaction bound (one second here) has passed. A third person, untouched, must be found: the scan can see plain text.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataShreddingSystemTest {

    private static final String ERASED = "stu-shredded";
    private static final String ERASED_NAME = "Quillon Vantablack-Orsted";
    private static final String ERASED_EMAIL = "quillon.vantablack@shred.example";
    private static final String RECTIFIED = "stu-rectified";
    private static final String OLD_NAME = "Ysolde Brackenmurk";
    private static final String OLD_EMAIL = "ysolde.brackenmurk@shred.example";
    private static final String NEW_NAME = "Ysolde Brackenridge";
    private static final String NEW_EMAIL = "ysolde.brackenridge@shred.example";
    private static final String CONTROL = "stu-control";
    private static final String CONTROL_NAME = "Xanthippe Oakhurst-Lumen";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The scan reads files a mebibyte at a time, through one buffer. */
    private static final int SCAN_CHUNK = 1 << 20;

    private static final byte[] ZEROS = new byte[SCAN_CHUNK];

    private StackEndpoints stack;
    private PlayedSystem system;
    private Api api;
    private Api privacyOfficer;
    private String deadLetter;
    private int erasureStatus;
    private int secondErasureStatus;
    private Api.Reply rectifiedApplication;
    private Map<String, List<Path>> foundAtTheEnd;
    private Path brokerLogs;

    @BeforeAll
    void playThenEraseAndRectify(StackEndpoints stack) throws Exception {
        Assumptions.assumeTrue(
                stack.mode() == StackMode.EMBEDDED, "the broker's log directories are on this machine's disk");
        this.stack = stack;
        system = PlayedSystem.start(
                stack,
                PlayedSystem.at(LocalDate.of(2026, 6, 1)),
                List.of("--lifecycle.admissions.privacy.superseded-value-bound=PT1S"));
        api = system.api;
        privacyOfficer = new Api(() -> stack.identity().user("privacy-officer"));

        applyAndAdmit(ERASED, ERASED_NAME, ERASED_EMAIL);
        applyAndAdmit(RECTIFIED, OLD_NAME, OLD_EMAIL);
        applyAndAdmit(CONTROL, CONTROL_NAME, "xanthippe@shred.example");
        system.moveTo(LocalDate.of(2026, 9, 1));
        new Students(system).enroll(ERASED, "INITIAL");
        api.await(new Students(system).account(ERASED), Api.Reply::ok);

        deadLetter = forceADeadLetterOfTheSubmission(ERASED);

        erasureStatus = delete(ERASED);
        secondErasureStatus = delete(ERASED);
        var rectification = privacyOfficer.post(
                personalData(RECTIFIED) + "/rectification", Map.of("fullName", NEW_NAME, "email", NEW_EMAIL));
        assertThat(rectification.status()).as(String.valueOf(rectification)).isEqualTo(200);
        rectifiedApplication = api.await(
                system.urls.admissions() + "/api/v1/applications/" + RECTIFIED,
                reply -> reply.ok()
                        && NEW_NAME.equals(
                                reply.body().path("applicant").path("fullName").asText()));

        brokerLogs = brokerLogDirectory();
        foundAtTheEnd = scanUntilGone();
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void nothingOfTheErasedPersonCanBeReadOnTheBrokersDiskOrInAnyStateStore() {
        assertThat(erasureStatus).isEqualTo(200);
        assertThat(foundAtTheEnd.get(ERASED_NAME))
                .as("files holding the erased name")
                .isEmpty();
        assertThat(foundAtTheEnd.get(ERASED_EMAIL))
                .as("files holding the erased e-mail")
                .isEmpty();
    }

    @Test
    void nothingOfTheOldValuesCanBeReadAfterRectification() {
        assertThat(foundAtTheEnd.get(OLD_NAME)).as("files holding the old name").isEmpty();
        assertThat(foundAtTheEnd.get(OLD_EMAIL))
                .as("files holding the old e-mail")
                .isEmpty();
        assertThat(rectifiedApplication.body().path("applicant").path("email").asText())
                .isEqualTo(NEW_EMAIL);
    }

    @Test
    void theScanSeesPlainTextWhereItIsMeantToBe() {
        // The untouched person's profile is on the profile topic in plain text, by design, and nowhere else: the scan
        // finds plain text, and only where it is meant to be.
        assertThat(foundAtTheEnd.get(CONTROL_NAME))
                .as("files holding the control name")
                .isNotEmpty();
        assertThat(foundAtTheEnd.get(CONTROL_NAME))
                .allSatisfy(file -> assertThat(file.toString()).contains("admissions.student-profiles"));
    }

    @Test
    void theDeadLetterOfTheirCommandHeldCiphertextOnly() {
        assertThat(deadLetter).contains("pd1:").doesNotContain(ERASED_NAME).doesNotContain(ERASED_EMAIL);
    }

    @Test
    void erasingTwiceChangesNothing() {
        assertThat(secondErasureStatus).isEqualTo(200);
        var exported = privacyOfficer.get(personalData(ERASED) + "/export");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.body()
                        .path("application")
                        .path("personalDataErased")
                        .asBoolean())
                .isTrue();
        assertThat(exported.body().path("application").hasNonNull("applicant")).isFalse();
        assertThat(exported.body().path("timeline").size()).isPositive();
    }

    private void applyAndAdmit(String student, String name, String email) {
        var body = new LinkedHashMap<>(Students.application(student, "M2-ISD", "2026-2027", "INITIAL"));
        body.put("fullName", name);
        body.put("email", email);
        api.command(system.urls.admissions() + "/api/v1/applications", body);
        var application = system.urls.admissions() + "/api/v1/applications/" + student;
        api.command(application + "/exam", Map.of("writtenMark", "13.00", "interviewMark", "14.00"));
        api.command(application + "/decision", Map.of("decision", "ADMITTED"));
        api.await(application, reply -> "ADMITTED".equals(reply.text("status")));
    }

    /**
     * Sends the person's submission again as it lies on the commands topic, sealed, with its prior degree cut out: a
     * command the aggregate cannot read, which it sets aside on the dead-letter topic as it came.
     */
    private String forceADeadLetterOfTheSubmission(String student) throws Exception {
        var commands = system.topicPrefix + "admissions.commands";
        var submission = readAll(commands).stream()
                .filter(record -> student.equals(record.key()))
                .map(record -> new String(record.value(), StandardCharsets.UTF_8))
                .filter(value -> value.contains("\"submit-application\""))
                .findFirst()
                .orElseThrow();
        var broken = (ObjectNode) JSON.readTree(submission);
        broken.put("commandId", "broken-" + UUID.randomUUID());
        ((ObjectNode) broken.get("payload")).remove("priorDegree");
        broken.remove("fingerprint");
        var config = stack.kafkaClient(Principals.ADMIN);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(commands, student, JSON.writeValueAsBytes(broken)))
                    .get();
        }
        // The command side consumes the commands under the service's application id, and dead-letters under it.
        var deadLetters = DeadLetters.topicFor(system.topicPrefix + "admissions");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var found = readAll(deadLetters).stream()
                    .filter(record -> student.equals(record.key()))
                    .map(record -> new String(record.value(), StandardCharsets.UTF_8))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No dead letter of " + student + " on " + deadLetters + " within 60 s");
    }

    private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Map<String, Object> config = stack.kafkaClient(Principals.ADMIN);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        var records = new ArrayList<ConsumerRecord<String, byte[]>>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(topic + " could not be read to its end within 30 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private int delete(String student) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(personalData(student)))
                .header("Authorization", stack.identity().user("privacy-officer"))
                .DELETE()
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private String personalData(String student) {
        return system.urls.admissions() + "/api/v1/students/" + student + "/personal-data";
    }

    /**
     * Scans until no forbidden value is found, or the deadline passes: the log cleaner compacts the profile topic only
     * once a later write rolled the segment holding the superseded value, so each round writes one more profile (a
     * newcomer's application) and waits a little.
     */
    private Map<String, List<Path>> scanUntilGone() throws Exception {
        var forbidden = List.of(ERASED_NAME, ERASED_EMAIL, OLD_NAME, OLD_EMAIL);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int round = 0;
        while (true) {
            var found = scan(
                    List.of(brokerLogs, system.dataDirectory),
                    Stream.concat(forbidden.stream(), Stream.of(CONTROL_NAME)).toList());
            boolean clean =
                    forbidden.stream().allMatch(value -> found.get(value).isEmpty());
            if (clean || System.nanoTime() > deadline) {
                return found;
            }
            round++;
            api.command(
                    system.urls.admissions() + "/api/v1/applications",
                    Students.application("stu-newcomer-" + round, "M2-ISI", "2026-2027", "INITIAL"));
            // The poll's interval: the segment rolls on the first write a second (the bound) after the erasure, and the
            // test broker's cleaner looks for dirty logs every 2 s; a write each second rolls it as soon as it may.
            Thread.sleep(1_000);
        }
    }

    /**
     * Every file under the roots whose raw bytes contain the UTF-8 bytes of each value. Every byte of every file is
     * read, in chunks through one buffer: a live broker's index files are preallocated (10 MiB each, two per partition,
     * gigabytes in all, nearly all zeros), and reading each whole into a fresh array and a string, then searching it
     * once per value, made one scan take 6 to 17 s. A chunk of zeros cannot hold a value (none holds a zero byte), so it
     * is only compared with zeros.
     */
    private static Map<String, List<Path>> scan(List<Path> roots, List<String> values) throws IOException {
        Map<String, List<Path>> found = new LinkedHashMap<>();
        values.forEach(value -> found.put(value, new ArrayList<>()));
        // Latin-1 maps each byte to one char, so a UTF-8 needle is found byte for byte.
        var needles = values.stream()
                .map(value -> new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                .toList();
        int overlap = needles.stream().mapToInt(String::length).max().orElse(1) - 1;
        var buffer = new byte[SCAN_CHUNK + overlap];
        for (Path root : roots) {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    boolean[] holds;
                    try {
                        holds = holding(file, needles, buffer, overlap);
                    } catch (IOException gone) {
                        return FileVisitResult.CONTINUE; // deleted while we walked: the cleaner at work
                    }
                    for (int i = 0; i < values.size(); i++) {
                        if (holds[i]) {
                            found.get(values.get(i)).add(file);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return found;
    }

    /**
     * Which needles the file's bytes hold. Each chunk is searched together with the last {@code overlap} bytes of the
     * one before, so a value across two chunks is found too.
     */
    private static boolean[] holding(Path file, List<String> needles, byte[] buffer, int overlap) throws IOException {
        var holds = new boolean[needles.size()];
        try (var in = Files.newInputStream(file)) {
            int kept = 0;
            while (true) {
                int read = in.readNBytes(buffer, kept, SCAN_CHUNK);
                int length = kept + read;
                // New bytes all zero: nothing new can match, since a match would need a non-zero byte among them.
                if (read > 0 && Arrays.mismatch(buffer, kept, length, ZEROS, 0, read) >= 0) {
                    var text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
                    for (int i = 0; i < needles.size(); i++) {
                        holds[i] |= text.contains(needles.get(i));
                    }
                }
                if (read < SCAN_CHUNK) {
                    return holds;
                }
                kept = Math.min(overlap, length);
                System.arraycopy(buffer, length - kept, buffer, 0, kept);
            }
        }
    }

    /** The embedded broker's log directory: where this run's profile topic partition lies. */
    private Path brokerLogDirectory() throws IOException {
        var partition = system.topicPrefix + "admissions.student-profiles-0";
        try (var candidates = Files.find(
                Path.of(System.getProperty("java.io.tmpdir")),
                5,
                (path, attributes) -> attributes.isDirectory()
                        && path.getFileName().toString().equals(partition))) {
            return candidates
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No broker log directory holds " + partition))
                    .getParent();
        }
    }
}
