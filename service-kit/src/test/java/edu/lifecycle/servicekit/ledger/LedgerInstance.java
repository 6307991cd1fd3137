package edu.lifecycle.servicekit.ledger;

import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import edu.lifecycle.testing.StackEndpoints;
import edu.lifecycle.testing.TestIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** One running instance of the test ledger, on a random port, with its own state directory, and an HTTP client. */
public final class LedgerInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();

    private final TestIdentity identity;

    private LedgerInstance(ConfigurableApplicationContext context, TestIdentity identity) {
        this.identity = identity;
        this.context = context;
    }

    /**
     * Starts an instance and waits until Streams runs.
     *
     * @param run names the run's Streams application and prefixes its topics; instances of one run share them
     * @param instance names the instance's state directory
     */
    public static LedgerInstance start(
            StackEndpoints endpoints, String run, String instance, Map<String, Object> overrides) {
        return start(endpoints, run, instance, overrides, context -> {});
    }

    /** Starts an instance whose context {@code initializer} prepares first (e.g. registers a test's beans). */
    public static LedgerInstance start(
            StackEndpoints endpoints,
            String run,
            String instance,
            Map<String, Object> overrides,
            ApplicationContextInitializer<ConfigurableApplicationContext> initializer) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.application.name", "ledger");
        properties.put("spring.kafka.bootstrap-servers", endpoints.bootstrapServers());
        properties.put("lifecycle.kit.schema-registry-url", endpoints.schemaRegistryUrl());
        properties.put("lifecycle.kit.application-id", "ledger-" + run);
        properties.put("lifecycle.kit.topic-prefix", run + ".");
        properties.put(
                "lifecycle.kit.state-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "kit-state", run, instance)
                        .toAbsolutePath()
                        .toString());
        properties.put("server.port", 0);
        // The test ledger is no service of the system: the stack opens everything under its run to it, nothing else.
        properties.putAll(endpoints.serviceProperties("ledger", run + ".", "ledger-" + run));
        properties.putAll(overrides);
        var context = new SpringApplicationBuilder(LedgerTestApplication.class)
                .properties(properties)
                .initializers(initializer)
                .run();
        var started = new LedgerInstance(context, endpoints.identity());
        started.awaitRunning();
        started.awaitReady();
        return started;
    }

    public void awaitRunning() {
        try {
            if (!bean(StreamsRuntime.class).awaitRunning(Duration.ofSeconds(90))) {
                throw new IllegalStateException("Streams did not reach RUNNING");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the instance says it is ready ({@code /actuator/health/readiness}): it answers commands. */
    public void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (get("/actuator/health/readiness").statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The instance never became ready: "
                        + get("/actuator/health").body());
            }
            java.util.concurrent.locks.LockSupport.parkNanos(
                    Duration.ofMillis(50).toNanos());
        }
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET without any token, as a probe or a stranger sends it. */
    public HttpResponse<String> getAnonymously(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The run's identity provider, whose real tokens this instance trusts. */
    public TestIdentity identity() {
        return identity;
    }

    /** Sends {@code request}, with a token of every staff role unless it carries its own Authorization. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            if (built.headers().firstValue("Authorization").isEmpty()) {
                built = HttpRequest.newBuilder(built, (name, value) -> true)
                        .header("Authorization", identity.staff())
                        .build();
            }
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return KitJson.mapper().readTree(response.body());
    }

    @Override
    public void close() {
        context.close();
    }
}
