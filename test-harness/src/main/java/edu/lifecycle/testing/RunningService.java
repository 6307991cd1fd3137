package edu.lifecycle.testing;

import edu.lifecycle.registry.serde.KafkaAvroSerDeConfig;
import edu.lifecycle.registry.serde.KafkaAvroSerializer;
import edu.lifecycle.registry.serde.subject.TopicRecordNameStrategy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service of the project running for real in the test JVM: on a free port, on the run's broker and registry, its
 * topics prefixed by the run so tests sharing a broker never meet, with a small JSON-over-HTTP client. It logs in as
 * its own principal, with the rights the system gives it on the run's topics, and trusts the run's identity provider.
 * Requests carry a staff token unless a test says who calls ({@link #as}, {@link #asUser}, {@link #anonymous}).
 */
public final class RunningService implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration AWAIT = Duration.ofSeconds(30);

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final StackEndpoints stack;
    private final String topicPrefix;
    /** The {@code Authorization} header of every request, {@code null} for none; a view never closes the service. */
    private final Supplier<String> authorization;

    private final boolean view;

    private RunningService(
            ConfigurableApplicationContext context,
            StackEndpoints stack,
            String topicPrefix,
            Supplier<String> authorization,
            boolean view) {
        this.context = context;
        this.stack = stack;
        this.topicPrefix = topicPrefix;
        this.authorization = authorization;
        this.view = view;
    }

    /**
     * The same service called by someone else: every request carries this {@code Authorization} value (e.g.
     * {@code () -> stack.identity().user("bursar")}), or none when it gives {@code null}.
     */
    public RunningService as(Supplier<String> authorization) {
        return new RunningService(context, stack, topicPrefix, authorization, true);
    }

    /** The same service called by a demo user signed in with a real token: {@code bursar}, {@code student}, … */
    public RunningService asUser(String username) {
        return as(() -> stack.identity().user(username));
    }

    /** The same service called with no token at all. */
    public RunningService anonymous() {
        return as(() -> null);
    }

    /**
     * Starts a service and waits until it is ready.
     *
     * @param application the service's application, e.g. {@code AdmissionsApplication::builder}
     * @param stack the run's broker and registry
     * @param run a name for the run: prefixes topics and names the Streams application and state folder
     * @param ready whether the service is ready, asked of its context until true (e.g. Streams is RUNNING)
     * @param extraArgs command-line arguments, which win over the service's configuration file; a
     *     {@code --server.port=} among them replaces the free port it would take
     */
    public static RunningService start(
            Supplier<SpringApplicationBuilder> application,
            StackEndpoints stack,
            String run,
            Predicate<ConfigurableApplicationContext> ready,
            List<String> extraArgs) {
        var args = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + stack.bootstrapServers(),
                "--lifecycle.kit.schema-registry-url=" + stack.schemaRegistryUrl(),
                "--lifecycle.kit.application-id=" + run,
                "--lifecycle.kit.topic-prefix=" + run + ".",
                "--lifecycle.kit.state-dir="
                        + Path.of(System.getProperty("java.io.tmpdir"), "service-state", run)
                                .toAbsolutePath()));
        // Any free port, unless the test names one: a repeated option would read as "0,port".
        if (extraArgs.stream().noneMatch(arg -> arg.startsWith("--server.port="))) {
            args.add("--server.port=0");
        }
        args.addAll(extraArgs);
        var builder = application.get();
        // Once the command line is read, the service's name, topic prefix and application id are known: it gets
        // their rights on the stack, and logs in with its own credentials.
        builder.initializers(starting -> {
            var environment = starting.getEnvironment();
            var name = environment.getProperty("spring.application.name");
            var service = environment.getProperty("lifecycle.kit.service-name", name);
            var properties = stack.serviceProperties(
                    service,
                    environment.getProperty("lifecycle.kit.topic-prefix", ""),
                    environment.getProperty("lifecycle.kit.application-id", name));
            environment.getPropertySources().addFirst(new MapPropertySource("stack-login", properties));
        });
        var context = builder.run(args.toArray(String[]::new));
        // Staff by default: the machine-integration client's token holds every staff role and operations-viewer.
        var service = new RunningService(
                context, stack, run + ".", () -> stack.identity().staff(), false);
        try {
            awaitTrue(() -> ready.test(context), "the service never became ready");
            // Ready as an operator means it: the service answers commands (its readiness probe says UP).
            awaitTrue(
                    () -> service.get("/actuator/health/readiness").status() == 200,
                    "the service never said it was ready (/actuator/health/readiness)");
        } catch (AssertionError e) {
            context.close();
            throw e;
        }
        return service;
    }

    /** The run's name of a topic, e.g. {@code admissions.events}. */
    public String topic(String baseName) {
        return topicPrefix + baseName;
    }

    /**
     * Writes an event to a public topic of the run as its owning service would, logged in as that service: Avro in the
     * Confluent wire format, subject by {@code TopicRecordNameStrategy}, keyed by the student. Tests feed other
     * services' events this way.
     */
    public void publish(String baseTopic, String key, SpecificRecord event) {
        var owner = baseTopic.substring(0, baseTopic.indexOf('.'));
        var serdeConfig = stack.registryClient(owner);
        serdeConfig.put(KafkaAvroSerDeConfig.VALUE_SUBJECT_NAME_STRATEGY, TopicRecordNameStrategy.class.getName());
        var serializer = new KafkaAvroSerializer();
        serializer.configure(serdeConfig, false);
        try (var producer = new KafkaProducer<>(stack.kafkaClient(owner), new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(topic(baseTopic), key, (Object) event))
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + topic(baseTopic), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The HTTP port the service's web server took ({@code local.server.port}, set once it listens). */
    public int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    public Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET whose body is not JSON (e.g. {@code /actuator/prometheus}), as text; fails unless it answers 200. */
    public String getText(String path) {
        try {
            var response = http.send(
                    authorized(HttpRequest.newBuilder(uri(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls a GET until its answer satisfies the condition; fails with the last answer after a deadline. */
    public Reply await(String path, Predicate<Reply> condition) {
        var deadline = Instant.now().plus(AWAIT);
        var last = get(path);
        while (!condition.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("GET " + path + " never satisfied the condition; last answer: " + last);
            }
            pause();
            last = get(path);
        }
        return last;
    }

    /** Polls until the condition holds; fails with the message after a deadline. */
    public static void awaitTrue(BooleanSupplier condition, String failure) {
        var deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(failure);
            }
            pause();
        }
    }

    private static void pause() {
        LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            var response = http.send(authorized(request).build(), HttpResponse.BodyHandlers.ofString());
            var body = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Reply(
                    response.statusCode(),
                    body,
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        var value = authorization.get();
        return value == null ? request : request.header("Authorization", value);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    @Override
    public void close() {
        if (!view) {
            context.close();
        }
    }

    /**
     * An HTTP answer.
     *
     * @param body the parsed JSON body, {@code null} when empty
     */
    public record Reply(int status, JsonNode body, String location, String contentType) {

        /** A top-level field as text, {@code null} when absent or null. */
        public String text(String field) {
            var node = body == null ? null : body.get(field);
            return node == null || node.isNull() ? null : node.asText();
        }
    }
}
