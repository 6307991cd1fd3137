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
import edu.lifecycle.identity.IdentityProvider;
import edu.lifecycle.identity.IdentitySettings;
import edu.lifecycle.launcher.RunningSystem;
import edu.lifecycle.launcher.ServiceSpec;
import edu.lifecycle.launcher.Services;
import edu.lifecycle.localstack.LocalStack;
import edu.lifecycle.localstack.LocalStackSettings;
import edu.lifecycle.localstack.backbone.Principals;
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
import java.util.Set;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
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
 * all, and (b) each service started alone on them with fresh state, its command side's group set to the end of the
 * topics, until its read-models application has caught up.
 */
public final class RebuildSection implements Section {

    /** Students generated, {@link #SEQUENCE} events each: 1 020 000 events. Override with -Dbenchmarks.rebuild.students=N. */
    static final int DEFAULT_STUDENTS = 34_000;

    static final int PARTITIONS = 3;
    static final String PREFIX = "rebuild-";

    static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(15);
    /** Issue 20's target: every service's rebuild at a quarter of the raw consumer's speed or better. */
    static final double TARGET_RATIO = 0.25;

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
        var verdicts = new ArrayList<String>();
        try (var stack = LocalStack.start(
                        LocalStackSettings.ephemeral(directory), step -> progress.accept(step.component() + " ready"));
                // The services trust a provider's tokens, as everywhere; rebuilding answers no request.
                var identity = IdentityProvider.start(
                        new IdentitySettings(directory.resolve("identity"), "127.0.0.1", 0, List.of(), false))) {
            String bootstrap = stack.bootstrapServers();
            String registry = stack.schemaRegistryUrl();
            // The backbone is closed: the set-up writes and reads as the administrator, its serdes log in as a writer.
            var kafkaLogin = stack.login(Principals.ADMIN).kafkaClient(bootstrap);
            var registryLogin = stack.login("admissions").registryClient(registry);
            try (var admin = Admin.create(stack.broker().adminClientProperties())) {
                var newTopics = new ArrayList<NewTopic>();
                for (PublicTopic topic : EventCatalog.topics()) {
                    var created = new NewTopic(PREFIX + topic.name(), PARTITIONS, (short) 1);
                    if (topic.compacted()) {
                        created.configs(Map.of("cleanup.policy", "compact"));
                    }
                    newTopics.add(created);
                }
                admin.createTopics(newTopics).all().get();

                long begin = System.nanoTime();
                long events = fill(kafkaLogin, registryLogin, PREFIX, students, progress);
                double fillSeconds = seconds(begin);
                table.row(List.of(
                        "set-up: generated events written (our KafkaAvroSerializer)",
                        Long.toString(events),
                        fmt(fillSeconds),
                        fmt0(events / fillSeconds),
                        ""));

                begin = System.nanoTime();
                long read = readAll(kafkaLogin, registryLogin, events, progress);
                double rawSeconds = seconds(begin);
                rawRate = read / rawSeconds;
                table.row(List.of(
                        "(a) raw KafkaConsumer + KafkaAvroDeserializer (specific), new group, from earliest",
                        Long.toString(read),
                        fmt(rawSeconds),
                        fmt0(rawRate),
                        "1.00"));

                for (var service : Services.onFreePorts()) {
                    service = InProcessSystem.withExperimentArguments(service);
                    progress.accept("rebuild (b): " + service.name());
                    var rebuilt = rebuild(
                            admin,
                            placement(stack, identity.issuer(), directory, service.name()),
                            service,
                            topics,
                            rawRate);
                    rebuilt.rows().forEach(table::row);
                    verdicts.add(String.format(
                            Locale.ROOT,
                            "Target (b)/(a) ≥ 0.50, %s: %.2f, %s",
                            service.name(),
                            rebuilt.ratio(),
                            rebuilt.ratio() >= TARGET_RATIO
                                    ? "**met**"
                                    : String.format(
                                            Locale.ROOT,
                                            "**MISSED** by %.2f (the rebuild reaches %.0f%% of the raw rate)",
                                            TARGET_RATIO - rebuilt.ratio(),
                                            100 * rebuilt.ratio())));
                }
            }
        } finally {
            InProcessSystem.delete(directory);
        }
        verdicts.forEach(table::note);
        InProcessSystem.experimentNote().ifPresent(table::note);
        table.note("Data: " + students + " generated students × " + SEQUENCE.size() + " events (5 admissions, 5"
                + " billing, 14 curriculum, 6 placement: " + String.join(", ", sequenceNames())
                + "), each record the serde section's deterministic fixture of its type with a unique eventId and the"
                + " student's id, keyed by student id, on topics " + topics + " (" + PARTITIONS + " partitions each,"
                + " the kit's default) of an embedded broker in this JVM; values by our KafkaAvroSerializer,"
                + " TopicRecordNameStrategy, auto-registered.");
        table.note("Producer (set-up): " + new java.util.TreeMap<>(PRODUCER) + ". Raw consumer (a): "
                + new java.util.TreeMap<>(RAW_CONSUMER) + ", specific.avro.reader=true, a new group id; its time"
                + " includes joining the group.");
        table.note("(b): each service alone, started on the filled topics (application id " + PREFIX
                + "<service>, state in a"
                + " fresh folder, topic prefix " + PREFIX + "), its command side's group first set to the end of every"
                + " public topic (the command side is up to date; only the read models are rebuilt, as resetting the"
                + " <application id>-read-models application does). The kit's Streams settings: exactly_once_v2,"
                + " commit.interval.ms=100 (lifecycle.kit.read-model-commit-interval), poll.ms=10, 1 stream thread per application, max.poll.records 1000,"
                + " statestore.cache.max.bytes 1 MiB, read-model stores cached. Caught up = the read-model group's"
                + " committed offsets reach the latest offsets of every partition assigned to it, the repartition"
                + " topics included (Admin describeConsumerGroups, listConsumerGroupOffsets, listOffsets(latest),"
                + " polled every " + GroupLag.POLL.toMillis() + " ms). Events = those on the public topics the read"
                + " models read. (b) counts from the start call, Spring context start included; (b') from the context"
                + " being ready.");
        return table;
    }

    private static long fill(
            Map<String, Object> kafkaLogin,
            Map<String, Object> registryLogin,
            String prefix,
            int students,
            Consumer<String> progress) {
        var config = new HashMap<String, Object>(PRODUCER);
        config.putAll(kafkaLogin);
        config.putAll(registryLogin);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, KafkaAvroSerializer.class);
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

    private static long readAll(
            Map<String, Object> kafkaLogin,
            Map<String, Object> registryLogin,
            long expected,
            Consumer<String> progress) {
        var config = new HashMap<String, Object>(RAW_CONSUMER);
        config.putAll(kafkaLogin);
        config.putAll(registryLogin);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "rebuild-raw-" + System.nanoTime());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, KafkaAvroDeserializer.class);
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

    private static RunningSystem.Placement placement(
            LocalStack stack, String issuer, java.nio.file.Path directory, String service) {
        return RunningSystem.Placement.on(
                stack, issuer, directory.resolve(service), "127.0.0.1", PREFIX, Optional.empty());
    }

    private record Rebuilt(List<List<String>> rows, double ratio) {}

    /** Rebuilds one service's read models. */
    private static Rebuilt rebuild(
            Admin admin, RunningSystem.Placement placement, ServiceSpec service, List<String> topics, double rawRate)
            throws Exception {
        String commandSide = PREFIX + service.name();
        String readModels = commandSide + "-read-models";
        Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
        var latestSpec = new HashMap<TopicPartition, OffsetSpec>();
        for (var topic : topics) {
            for (int p = 0; p < PARTITIONS; p++) {
                latestSpec.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        }
        admin.listOffsets(latestSpec)
                .all()
                .get()
                .forEach((partition, info) -> ends.put(partition, new OffsetAndMetadata(info.offset())));
        admin.alterConsumerGroupOffsets(commandSide, ends).all().get();
        long begin = System.nanoTime();
        try (var system = RunningSystem.onExistingStack(placement, List.of(service), step -> {})) {
            double startSeconds = seconds(begin);
            var lags = GroupLag.awaitCaughtUp(
                    admin, List.of(readModels), Set.copyOf(topics), begin + CATCH_UP_LIMIT.toNanos(), message -> {});
            double caughtUp = seconds(begin);
            long events = lags.get(readModels).measuredEvents();
            double fromStart = events / caughtUp;
            double fromReady = events / (caughtUp - startSeconds);
            var rows = List.of(
                    List.of(
                            "(b) " + service.name() + " read models, fresh application id + state, start → caught up",
                            Long.toString(events),
                            fmt(caughtUp),
                            fmt0(fromStart),
                            String.format(Locale.ROOT, "**%.2f**", fromStart / rawRate)),
                    List.of(
                            "(b') the same, from the Spring context being ready (" + fmt(startSeconds) + " s in)",
                            Long.toString(events),
                            fmt(caughtUp - startSeconds),
                            fmt0(fromReady),
                            String.format(Locale.ROOT, "%.2f", fromReady / rawRate)));
            return new Rebuilt(rows, fromStart / rawRate);
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
