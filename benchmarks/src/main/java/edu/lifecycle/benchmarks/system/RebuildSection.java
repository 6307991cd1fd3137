package edu.lifecycle.benchmarks.system;

import edu.lifecycle.benchmarks.RunSettings;
import edu.lifecycle.benchmarks.Section;
import edu.lifecycle.benchmarks.report.Table;
import edu.lifecycle.benchmarks.serde.EventFixtures;
import edu.lifecycle.events.admissions.AdmissionDecided;
import edu.lifecycle.events.admissions.ApplicationSubmitted;
import edu.lifecycle.events.admissions.EligibilityAssessed;
import edu.lifecycle.events.admissions.EntranceExamGraded;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.billing.PaymentReceived;
import edu.lifecycle.events.billing.TuitionAccountOpened;
import edu.lifecycle.events.billing.TuitionSettled;
import edu.lifecycle.events.curriculum.CourseGradeRecorded;
import edu.lifecycle.events.curriculum.DefenseScheduled;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.DissertationDefended;
import edu.lifecycle.events.curriculum.DissertationSubmitted;
import edu.lifecycle.events.curriculum.TranscriptClosed;
import edu.lifecycle.events.curriculum.TranscriptOpened;
import edu.lifecycle.events.placement.ExperienceRequirementMet;
import edu.lifecycle.events.placement.GraduateOutcomeRecorded;
import edu.lifecycle.events.placement.InternshipAgreementSigned;
import edu.lifecycle.events.placement.InternshipValidated;
import edu.lifecycle.events.placement.PlacementRecordClosed;
import edu.lifecycle.events.placement.PlacementRecordOpened;
import edu.lifecycle.launcher.RunningSystem;
import edu.lifecycle.launcher.Services;
import edu.lifecycle.localstack.LocalStack;
import edu.lifecycle.localstack.LocalStackSettings;
import edu.lifecycle.registry.serde.KafkaAvroDeserializer;
import edu.lifecycle.registry.serde.KafkaAvroSerializer;
import edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy;
import edu.lifecycle.schemas.EventCatalog;
import edu.lifecycle.schemas.PublicTopic;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Read-model rebuild: a generated cohort's events written straight to the four public event topics (our serializer,
 * the services' keys and subjects), then (a) a raw {@code KafkaConsumer} with our specific deserializer reading them
 * all, and (b) admissions-service, whose read models read all four topics, started with a fresh application id and
 * state directory until its consumer group has caught up.
 */
public final class RebuildSection implements Section {

    /** Students generated; {@link #SEQUENCE} events each. Override with -Dbenchmarks.rebuild.students=N. */
    static final int DEFAULT_STUDENTS = 3_000;

    static final int PARTITIONS = 3;
    static final String PREFIX = "rebuild-";

    /** The same data again, rebuilt with a longer commit interval (an experiment on the kit's 50 ms). */
    static final String SLOW_COMMIT_PREFIX = "rebuild-ci1s-";

    static final String SLOW_COMMIT_INTERVAL = "1s";
    static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(15);
    static final Duration LAG_POLL = Duration.ofMillis(100);
    static final double TARGET_RATIO = 0.5;

    /** One student's year, in order: 5 admissions, 5 billing, 14 curriculum and 6 placement events. */
    static final List<Class<? extends SpecificRecord>> SEQUENCE = sequence();

    static final Map<String, Object> PRODUCER = Map.of(
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.LINGER_MS_CONFIG,
            20,
            ProducerConfig.BATCH_SIZE_CONFIG,
            262_144,
            ProducerConfig.COMPRESSION_TYPE_CONFIG,
            "none");
    static final Map<String, Object> RAW_CONSUMER = Map.of(
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            1000,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed");

    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public boolean inSmokeRun() {
        return false;
    }

    @Override
    public Table run(RunSettings settings, Consumer<String> progress) throws Exception {
        int students = Integer.getInteger("benchmarks.rebuild.students", DEFAULT_STUDENTS);
        InProcessSystem.quietLogging();
        var table = new Table(
                "2. Read-model rebuild from the public topics (events/s, higher is better)",
                List.of("Measurement", "events", "seconds", "events/s", "ratio to (a)"));
        var directory = Files.createTempDirectory("benchmarks-rebuild-");
        List<String> topics = EventCatalog.topics().stream()
                .filter(topic -> !topic.compacted())
                .map(topic -> PREFIX + topic.name())
                .toList();
        double rawRate;
        try (var stack = LocalStack.start(
                LocalStackSettings.ephemeral(directory), step -> progress.accept(step.component() + " ready"))) {
            String bootstrap = stack.bootstrapServers();
            String registry = stack.schemaRegistryUrl();
            try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                var newTopics = new ArrayList<NewTopic>();
                for (String prefix : List.of(PREFIX, SLOW_COMMIT_PREFIX)) {
                    for (PublicTopic topic : EventCatalog.topics()) {
                        var created = new NewTopic(prefix + topic.name(), PARTITIONS, (short) 1);
                        if (topic.compacted()) {
                            created.configs(Map.of("cleanup.policy", "compact"));
                        }
                        newTopics.add(created);
                    }
                }
                admin.createTopics(newTopics).all().get();

                long begin = System.nanoTime();
                long events = fill(bootstrap, registry, PREFIX, students, progress);
                double fillSeconds = seconds(begin);
                table.row(List.of(
                        "set-up: generated events written (our KafkaAvroSerializer)",
                        Long.toString(events),
                        fmt(fillSeconds),
                        fmt0(events / fillSeconds),
                        ""));

                begin = System.nanoTime();
                long read = readAll(bootstrap, registry, events, progress);
                double rawSeconds = seconds(begin);
                rawRate = read / rawSeconds;
                table.row(List.of(
                        "(a) raw KafkaConsumer + KafkaAvroDeserializer (specific), new group, from earliest",
                        Long.toString(read),
                        fmt(rawSeconds),
                        fmt0(rawRate),
                        "1.00"));

                progress.accept("rebuild (b): starting admissions on the filled topics");
                begin = System.nanoTime();
                var placement = new RunningSystem.Placement(
                        bootstrap, registry, directory, "127.0.0.1", PREFIX, Optional.empty());
                var admissions = Services.onFreePorts().stream()
                        .filter(service -> service.name().equals("admissions"))
                        .toList();
                try (var system = RunningSystem.onExistingStack(placement, admissions, step -> {})) {
                    double startSeconds = seconds(begin);
                    progress.accept("admissions context ready after " + fmt(startSeconds) + " s");
                    double caughtUp = awaitCaughtUp(admin, PREFIX + "admissions", topics, begin, progress);
                    double fromStart = events / caughtUp;
                    double fromReady = events / (caughtUp - startSeconds);
                    table.row(List.of(
                            "(b) admissions rebuild, fresh application id + state, start → lag 0 on the 4 topics",
                            Long.toString(events),
                            fmt(caughtUp),
                            fmt0(fromStart),
                            String.format(Locale.ROOT, "**%.2f**", fromStart / rawRate)));
                    table.row(List.of(
                            "(b') the same, from the Spring context being ready (" + fmt(startSeconds) + " s in)",
                            Long.toString(events),
                            fmt(caughtUp - startSeconds),
                            fmt0(fromReady),
                            String.format(Locale.ROOT, "%.2f", fromReady / rawRate)));
                    double ratio = fromStart / rawRate;
                    table.note(String.format(
                            Locale.ROOT,
                            "Target (b)/(a) ≥ 0.50: %.2f, %s",
                            ratio,
                            ratio >= TARGET_RATIO
                                    ? "**met**"
                                    : String.format(
                                            Locale.ROOT,
                                            "**MISSED** by %.2f (the rebuild reaches %.0f%% of the raw rate)",
                                            TARGET_RATIO - ratio,
                                            100 * ratio)));
                }

                fill(bootstrap, registry, SLOW_COMMIT_PREFIX, students, progress);
                progress.accept("rebuild (b, commit interval " + SLOW_COMMIT_INTERVAL + "): starting admissions");
                begin = System.nanoTime();
                var slowPlacement = new RunningSystem.Placement(
                        bootstrap,
                        registry,
                        directory.resolve("ci1s"),
                        "127.0.0.1",
                        SLOW_COMMIT_PREFIX,
                        Optional.empty());
                var slowAdmissions = admissions.stream()
                        .map(service -> service.withArguments(
                                List.of("--lifecycle.kit.commit-interval=" + SLOW_COMMIT_INTERVAL)))
                        .toList();
                try (var system = RunningSystem.onExistingStack(slowPlacement, slowAdmissions, step -> {})) {
                    double startSeconds = seconds(begin);
                    var slowTopics = topics.stream()
                            .map(topic -> SLOW_COMMIT_PREFIX + topic.substring(PREFIX.length()))
                            .toList();
                    double caughtUp =
                            awaitCaughtUp(admin, SLOW_COMMIT_PREFIX + "admissions", slowTopics, begin, progress);
                    double fromStart = events / caughtUp;
                    table.row(List.of(
                            "(b'') experiment: the same rebuild with --lifecycle.kit.commit-interval="
                                    + SLOW_COMMIT_INTERVAL + " (context ready " + fmt(startSeconds) + " s in)",
                            Long.toString(events),
                            fmt(caughtUp),
                            fmt0(fromStart),
                            String.format(Locale.ROOT, "%.2f", fromStart / rawRate)));
                }
            }
        } finally {
            InProcessSystem.delete(directory);
        }
        table.note("Data: " + students + " generated students × " + SEQUENCE.size() + " events (5 admissions, 5"
                + " billing, 14 curriculum, 6 placement: " + String.join(", ", sequenceNames())
                + "), each record the serde section's deterministic fixture of its type with a unique eventId and the"
                + " student's id, keyed by student id, on topics " + topics + " (" + PARTITIONS + " partitions each,"
                + " the kit's default) of an embedded broker in this JVM; values by our KafkaAvroSerializer,"
                + " TopicRecordNameStrategy, auto-registered.");
        table.note("Producer (set-up): " + new java.util.TreeMap<>(PRODUCER) + ". Raw consumer (a): "
                + new java.util.TreeMap<>(RAW_CONSUMER) + ", specific.avro.reader=true, a new group id; its time"
                + " includes joining the group.");
        table.note("(b): admissions-service alone (application id " + PREFIX + "admissions, state in a fresh folder,"
                + " topic prefix " + PREFIX + "), the kit's Streams settings: exactly_once_v2, commit.interval.ms=50,"
                + " poll.ms=10, 1 stream thread, default max.poll.records (1000) and state-store cache. Caught up ="
                + " the group's committed offsets equal the latest offsets of all " + topics.size() * PARTITIONS
                + " partitions (Admin listConsumerGroupOffsets vs listOffsets(latest), polled every "
                + LAG_POLL.toMillis() + " ms). (b) counts from the start call, Spring context start included; (b')"
                + " from the context being ready.");
        table.note("(b''): an experiment, not the kit's setting: the same events written again under the topic prefix "
                + SLOW_COMMIT_PREFIX + " and rebuilt by a fresh admissions with --lifecycle.kit.commit-interval="
                + SLOW_COMMIT_INTERVAL + " instead of the kit's 50 ms; its time counts from the start call.");
        return table;
    }

    private static long fill(
            String bootstrap, String registry, String prefix, int students, Consumer<String> progress) {
        var config = new HashMap<String, Object>(PRODUCER);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, KafkaAvroSerializer.class);
        config.put("schema.registry.url", registry);
        config.put("value.subject.name.strategy", TopicRecordNameStrategy.class);
        config.put("auto.register.schemas", true);
        var templates = new ArrayList<SpecificRecord>();
        var topicOf = new ArrayList<String>();
        for (var type : SEQUENCE) {
            templates.add(EventFixtures.fixture(type));
            topicOf.add(prefix + EventFixtures.topicOf(type));
        }
        long sent = 0;
        try (var producer = new KafkaProducer<String, Object>(config)) {
            for (int student = 0; student < students; student++) {
                String id = "rebuild-" + student;
                for (int i = 0; i < templates.size(); i++) {
                    // send() serializes before it returns, so one template per type is reused.
                    var record = templates.get(i);
                    record.put(record.getSchema().getField("eventId").pos(), id + "-" + i);
                    record.put(record.getSchema().getField("studentId").pos(), id);
                    producer.send(new ProducerRecord<>(topicOf.get(i), id, record));
                    sent++;
                }
                if (student % 5000 == 4999) {
                    progress.accept("rebuild set-up: " + sent + " events sent");
                }
            }
            producer.flush();
        }
        return sent;
    }

    private static long readAll(String bootstrap, String registry, long expected, Consumer<String> progress) {
        var config = new HashMap<String, Object>(RAW_CONSUMER);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "rebuild-raw-" + System.nanoTime());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, KafkaAvroDeserializer.class);
        config.put("schema.registry.url", registry);
        config.put("specific.avro.reader", true);
        long read = 0;
        long checksum = 0;
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        try (var consumer = new KafkaConsumer<String, Object>(config)) {
            consumer.subscribe(EventCatalog.topics().stream()
                    .filter(topic -> !topic.compacted())
                    .map(topic -> PREFIX + topic.name())
                    .toList());
            while (read < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The raw consumer read " + read + " of " + expected);
                }
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    checksum += ((SpecificRecord) record.value())
                            .getSchema()
                            .getFields()
                            .size();
                    read++;
                }
            }
        }
        progress.accept("rebuild (a): read " + read + " events (checksum " + checksum + ")");
        return read;
    }

    private static double awaitCaughtUp(
            Admin admin, String groupId, List<String> topics, long begin, Consumer<String> progress) throws Exception {
        var partitions = new ArrayList<TopicPartition>();
        for (var topic : topics) {
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
        }
        var latestSpec = new HashMap<TopicPartition, OffsetSpec>();
        partitions.forEach(partition -> latestSpec.put(partition, OffsetSpec.latest()));
        var latest = new HashMap<TopicPartition, Long>();
        admin.listOffsets(latestSpec).all().get().forEach((partition, info) -> latest.put(partition, info.offset()));
        long deadline = begin + CATCH_UP_LIMIT.toNanos();
        long lastReport = 0;
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata()
                    .get();
            long lag = 0;
            for (var partition : partitions) {
                var offset = committed.get(partition);
                lag += latest.get(partition) - (offset == null ? 0 : offset.offset());
            }
            if (lag <= 0) {
                return seconds(begin);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("admissions still " + lag + " events behind after " + CATCH_UP_LIMIT);
            }
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                progress.accept("rebuild (b): lag " + lag + " after " + fmt(seconds(begin)) + " s");
            }
            Thread.sleep(LAG_POLL.toMillis());
        }
    }

    private static List<Class<? extends SpecificRecord>> sequence() {
        var sequence = new ArrayList<Class<? extends SpecificRecord>>(List.of(
                ApplicationSubmitted.class,
                EligibilityAssessed.class,
                EntranceExamGraded.class,
                AdmissionDecided.class,
                StudentEnrolled.class,
                TuitionAccountOpened.class,
                PaymentReceived.class,
                PaymentReceived.class,
                PaymentReceived.class,
                TuitionSettled.class,
                TranscriptOpened.class));
        for (int course = 0; course < 8; course++) {
            sequence.add(CourseGradeRecorded.class);
        }
        sequence.addAll(List.of(
                DissertationSubmitted.class,
                DefenseScheduled.class,
                DissertationDefended.class,
                DegreeAwarded.class,
                TranscriptClosed.class,
                PlacementRecordOpened.class,
                InternshipAgreementSigned.class,
                InternshipValidated.class,
                ExperienceRequirementMet.class,
                GraduateOutcomeRecorded.class,
                PlacementRecordClosed.class));
        return List.copyOf(sequence);
    }

    private static List<String> sequenceNames() {
        return SEQUENCE.stream().map(Class::getSimpleName).toList();
    }

    private static double seconds(long beginNanos) {
        return (System.nanoTime() - beginNanos) / 1e9;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String fmt0(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
