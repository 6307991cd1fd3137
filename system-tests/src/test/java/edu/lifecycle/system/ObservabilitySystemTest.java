package edu.lifecycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.demo.Api;
import edu.lifecycle.demo.MovableClock;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.StudyStream;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.identity.Clients;
import edu.lifecycle.launcher.RunningSystem;
import edu.lifecycle.launcher.ServiceSpec;
import edu.lifecycle.launcher.Services;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.registry.serde.KafkaAvroSerDeConfig;
import edu.lifecycle.registry.serde.KafkaAvroSerializer;
import edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy;
import edu.lifecycle.servicekit.observe.TraceHeaders;
import edu.lifecycle.testing.KafkaStack;
import edu.lifecycle.testing.PrometheusText;
import edu.lifecycle.testing.StackEndpoints;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four services as an operator sees them: one trace from the enrollment request through the four services'
 * records, and a Grafana dashboard whose every query names a metric the services really expose.
 */
@KafkaStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilitySystemTest {

    private static final Path DASHBOARD = Path.of("..", "ops", "grafana", "dashboards", "student-lifecycle.json");
    /** An identifier of a query that is not a function call: with labels, ranges and grouping removed, a metric. */
    private static final Pattern IDENTIFIER = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");

    private static final Set<String> PROMQL_WORDS = Set.of(
            "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset");
    private static final String STUDENT = "stu-traced";
    private static final List<String> PUBLIC_TOPICS =
            List.of("admissions.events", "billing.events", "curriculum.events", "placement.events");

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private Api api;
    private StackEndpoints stack;
    private RunningSystem system;
    private MovableClock clock;
    private String prefix;
    private Map<String, String> enrollments;

    @BeforeAll
    void start(StackEndpoints endpoints) {
        stack = endpoints;
        api = new Api(stack.identity()::staff);
        prefix = "obs-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        clock = MovableClock.startingAt(PlayedSystem.at(LocalDate.of(2026, 5, 4)));
        // With the stack's access: each service logs in as itself, with the system's rights on the run's topics.
        var placement = RunningSystem.Placement.on(
                stack,
                stack.identity().issuer(),
                Path.of(System.getProperty("java.io.tmpdir"), prefix),
                "127.0.0.1",
                prefix,
                Optional.of(clock));
        // Every service hands its finished spans to the same in-memory exporter, at once.
        var services = Services.onFreePorts().stream()
                .map(service -> new ServiceSpec(
                        service.name(),
                        () -> service.application()
                                .get()
                                .initializers(context -> context.getBeanFactory()
                                        .registerSingleton(
                                                "testSpans", (SpanProcessor) SimpleSpanProcessor.create(spans))),
                        service.port(),
                        service.arguments()))
                .toList();
        system = RunningSystem.onExistingStack(placement, services, step -> {});
        enrollments = enroll(List.of(STUDENT, "stu-metrics"));
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void oneTraceSpansTheEnrollmentRequestAndTheFourServicesRecords() {
        String traceId = enrollments.get(STUDENT);

        for (String topic : PUBLIC_TOPICS) {
            assertThat(traceIdsOfRecords(topic, STUDENT))
                    .as("the records of %s for the enrolled student", topic)
                    .contains(traceId);
        }
        Set<String> services = awaitSpans(
                        traceId,
                        found -> serviceNames(found)
                                .containsAll(Set.of(
                                        "admissions-service",
                                        "billing-service",
                                        "curriculum-service",
                                        "placement-service")))
                .stream()
                .map(ObservabilitySystemTest::serviceName)
                .collect(Collectors.toSet());
        assertThat(services)
                .contains("admissions-service", "billing-service", "curriculum-service", "placement-service");
        assertThat(awaitSpans(traceId, found -> found.stream().anyMatch(ObservabilitySystemTest::isReadModel)))
                .as("the read models' updates are in the trace too")
                .anySatisfy(span -> assertThat(isReadModel(span)).isTrue());
    }

    @Test
    void everyMetricTheDashboardQueriesIsOneTheServicesExpose() throws Exception {
        String student = "stu-metrics";
        // The counters of what goes wrong exist once something did: an unreadable record and a refused event.
        publishRaw(prefix + "admissions.events", "stu-poison", "{not avro".getBytes(StandardCharsets.UTF_8));
        publishEnrollment(student);

        Set<String> exposed = awaitExposed(names -> names.containsAll(List.of(
                "lifecycle_dead_letters_total",
                "lifecycle_policy_rejections_total",
                "lifecycle_streams_lag_records",
                "lifecycle_billing_overdue_instalments")));
        Set<String> queried = metricsQueriedBy(JsonMapper.builder().build().readTree(Files.readString(DASHBOARD)));

        assertThat(queried)
                .contains(
                        "lifecycle_commands_total",
                        "lifecycle_command_decide_seconds_bucket",
                        "lifecycle_command_wait_seconds_bucket",
                        "lifecycle_streams_lag_records",
                        "lifecycle_streams_staleness_seconds",
                        "lifecycle_dead_letters_total",
                        "lifecycle_policy_rejections_total",
                        "lifecycle_billing_overdue_instalments");
        assertThat(exposed).containsAll(queried);
    }

    @Test
    void everyServiceMeasuresTheLagOfBothItsStreamsApplicationsWithItsOwnLogin() {
        // The lag is asked of the broker (committed offsets, last stable offsets) with the service's own login: its
        // rights on its consumer groups and input topics must be enough for both applications, on every service.
        system.serviceUrls().forEach((service, url) -> {
            var scrape = awaitScrape(
                    url,
                    text -> !text.named("lifecycle_streams_lag_records", Map.of("application", "commands"))
                                    .isEmpty()
                            && !text.named("lifecycle_streams_lag_records", Map.of("application", "read-models"))
                                    .isEmpty());
            assertThat(scrape.named("lifecycle_streams_lag_records", Map.of("application", "commands")))
                    .as("the lag of %s's command side", service)
                    .anySatisfy(sample -> assertThat(sample.label("topic")).isEqualTo(prefix + service + ".commands"));
        });
    }

    /** Admits the students and enrolls them, on one clock moving forward; the trace id of each enrollment request. */
    private Map<String, String> enroll(List<String> students) {
        students.forEach(student -> api.command(admissions("/api/v1/applications"), application(student)));
        clock.advanceTo(PlayedSystem.at(LocalDate.of(2026, 6, 1)));
        students.forEach(student -> api.command(
                admissions("/api/v1/applications/" + student + "/exam"),
                Map.of("writtenMark", "14.50", "interviewMark", "16.00")));
        clock.advanceTo(PlayedSystem.at(LocalDate.of(2026, 6, 15)));
        for (String student : students) {
            api.command(admissions("/api/v1/applications/" + student + "/decision"), Map.of("decision", "ADMITTED"));
            api.await(admissions("/api/v1/applications/" + student), reply -> "ADMITTED".equals(reply.text("status")));
        }
        clock.advanceTo(PlayedSystem.at(LocalDate.of(2026, 9, 1)));
        Map<String, String> traces = new java.util.LinkedHashMap<>();
        for (String student : students) {
            var enrolled = api.command(
                    admissions("/api/v1/applications/" + student + "/enrollment"),
                    Map.of("stream", "PROFESSIONAL", "scheme", "INITIAL"));
            assertThat(enrolled.text("status")).isEqualTo("ENROLLED");
            SpanData request = awaitSpan(span -> span.getKind() == SpanKind.SERVER
                    && span.getName().contains("enrollment")
                    && spanOf(span, student));
            traces.put(student, request.getTraceId());
        }
        return traces;
    }

    private boolean spanOf(SpanData span, String student) {
        return span.getAttributes().asMap().values().stream()
                .anyMatch(value -> String.valueOf(value).contains(student));
    }

    private Set<String> traceIdsOfRecords(String topic, String student) {
        Set<String> traceIds = new HashSet<>();
        // As an outside subscriber reads the public topics: its login, in a consumer group of its own prefix.
        Map<String, Object> config = stack.kafkaClient(Principals.SUBSCRIBER);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, Principals.groupPrefixOf(Principals.SUBSCRIBER) + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(prefix + topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (student.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        TraceHeaders.traceId(record.headers()).ifPresent(traceIds::add);
                    }
                }
                if (!traceIds.isEmpty()
                        && consumer.assignment().stream()
                                .allMatch(partition -> consumer.position(partition)
                                        >= consumer.endOffsets(List.of(partition))
                                                .get(partition))) {
                    break;
                }
            }
        }
        return traceIds;
    }

    private SpanData awaitSpan(java.util.function.Predicate<SpanData> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var found = spans.getFinishedSpanItems().stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new AssertionError(
                "No such span among " + spans.getFinishedSpanItems().size());
    }

    private List<SpanData> awaitSpans(String traceId, java.util.function.Predicate<List<SpanData>> complete) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<SpanData> found = List.of();
        while (System.nanoTime() < deadline) {
            found = spans.getFinishedSpanItems().stream()
                    .filter(span -> span.getTraceId().equals(traceId))
                    .toList();
            if (complete.test(found)) {
                return found;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new AssertionError("The trace " + traceId + " never got there; its spans: "
                + found.stream()
                        .map(span -> serviceName(span) + " " + span.getName())
                        .toList());
    }

    private static Set<String> serviceNames(List<SpanData> found) {
        return found.stream().map(ObservabilitySystemTest::serviceName).collect(Collectors.toSet());
    }

    private static String serviceName(SpanData span) {
        return String.valueOf(span.getResource().getAttribute(AttributeKey.stringKey("service.name")));
    }

    private static boolean isReadModel(SpanData span) {
        return "read-models".equals(span.getAttributes().get(AttributeKey.stringKey("lifecycle.streams.application")));
    }

    private Set<String> awaitExposed(java.util.function.Predicate<Set<String>> complete) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Set<String> names = Set.of();
        while (System.nanoTime() < deadline) {
            names = new TreeSet<>();
            for (String url : system.serviceUrls().values()) {
                names.addAll(PrometheusText.parse(scrape(url)).names());
            }
            if (complete.test(names)) {
                return names;
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        throw new AssertionError("The scrapes never showed everything; they show " + names);
    }

    private PrometheusText awaitScrape(String url, java.util.function.Predicate<PrometheusText> complete) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        var scraped = PrometheusText.parse(scrape(url));
        while (!complete.test(scraped)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The scrape of " + url + " never showed it; it shows " + scraped.names());
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            scraped = PrometheusText.parse(scrape(url));
        }
        return scraped;
    }

    private static Set<String> metricsQueriedBy(JsonNode dashboard) {
        Set<String> names = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(panel.get("targets")).as(panel.get("title").asString()).isNotEmpty();
            for (JsonNode target : panel.get("targets")) {
                Set<String> metrics = metricsOf(target.get("expr").asString());
                assertThat(metrics)
                        .as("the metrics of %s", panel.get("title").asString())
                        .isNotEmpty();
                names.addAll(metrics);
            }
        }
        return names;
    }

    /** The metric names of a PromQL query: what is left once strings, label matchers, ranges and groupings go. */
    static Set<String> metricsOf(String query) {
        String bare = query.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^\\]]*\\]", "")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
        Set<String> metrics = new TreeSet<>();
        var matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            boolean call = matcher.group(2) != null;
            if (!call && !PROMQL_WORDS.contains(matcher.group(1))) {
                metrics.add(matcher.group(1));
            }
        }
        return metrics;
    }

    @Test
    void readsTheMetricsOfAQuery() {
        assertThat(metricsOf("histogram_quantile(0.95, sum by (le, service) "
                        + "(rate(lifecycle_command_decide_seconds_bucket{outcome=\"x\"}[$__rate_interval])))"))
                .containsExactly("lifecycle_command_decide_seconds_bucket");
        assertThat(metricsOf("sum by (service, application) (lifecycle_streams_lag_records)"))
                .containsExactly("lifecycle_streams_lag_records");
        assertThat(metricsOf("sum(lifecycle_billing_overdue_instalments)"))
                .containsExactly("lifecycle_billing_overdue_instalments");
    }

    /** Scraped as Prometheus does in compose: with the metrics client's token, which holds operations-viewer only. */
    private String scrape(String url) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
                                    .header("Authorization", stack.identity().client(Clients.METRICS))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A second {@code StudentEnrolled} for an enrolled student: billing refuses to open another account. */
    private void publishEnrollment(String student) {
        // Written as admissions would, logged in as admissions to Kafka and to the registry.
        Map<String, Object> serdeConfig = stack.registryClient("admissions");
        serdeConfig.put(KafkaAvroSerDeConfig.VALUE_SUBJECT_NAME_STRATEGY, TopicRecordNameStrategy.class.getName());
        var serializer = new KafkaAvroSerializer();
        serializer.configure(serdeConfig, false);
        var enrolled = new StudentEnrolled(
                UUID.randomUUID().toString(),
                Instant.parse("2026-09-02T09:00:00Z"),
                student,
                "M2-ISD",
                "2026-2027",
                StudyStream.PROFESSIONAL,
                TrainingScheme.INITIAL,
                LocalDate.parse("2026-09-01"));
        send(
                new KafkaProducer<>(stack.kafkaClient("admissions"), new StringSerializer(), serializer),
                new ProducerRecord<>(prefix + "admissions.events", student, (Object) enrolled));
    }

    /** An unreadable record on one of admissions' topics, written with admissions' login. */
    private void publishRaw(String topic, String key, byte[] value) {
        send(
                new KafkaProducer<>(
                        stack.kafkaClient("admissions"), new ByteArraySerializer(), new ByteArraySerializer()),
                new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value));
    }

    /** Sends one record and waits for the broker's acknowledgement, so that a refusal fails the test here. */
    private static <K, V> void send(KafkaProducer<K, V> producer, ProducerRecord<K, V> record) {
        try (producer) {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not write to " + record.topic(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> application(String student) {
        return Map.of(
                "studentId", student,
                "programme", "M2-ISD",
                "academicYear", "2026-2027",
                "priorDegree",
                        Map.of(
                                "title", "Master 1 Political Science",
                                "institution", "Sciences Po Grenoble",
                                "country", "FR",
                                "ects", 240),
                "preferredStream", "PROFESSIONAL",
                "preferredScheme", "INITIAL",
                "fullName", "Jeanne Fabre",
                "email", "jeanne.fabre@example.org");
    }

    private String admissions(String path) {
        return system.serviceUrls().get("admissions") + path;
    }
}
