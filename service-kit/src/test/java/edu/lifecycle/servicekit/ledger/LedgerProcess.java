package edu.lifecycle.servicekit.ledger;

import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.testing.StackEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The test ledger in a JVM of its own, which a test can kill as a crash would ({@code destroyForcibly}, i.e.
 * {@code kill -9}) and start again on the same state folder and port.
 */
public final class LedgerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The integration client's token of the run's provider, which the child process trusts. */
    private final Supplier<String> authorization;

    private LedgerProcess(Process process, int port, Supplier<String> authorization) {
        this.authorization = authorization;
        this.process = process;
        this.port = port;
    }

    /**
     * @param run names the Streams application and prefixes the topics
     * @param stateDir the instance's state folder, kept across restarts
     * @param log where the child's output goes (appended)
     */
    public static LedgerProcess start(
            StackEndpoints endpoints, String run, Path stateDir, int port, Path log, Map<String, String> extra) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=128m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp",
                System.getProperty("java.class.path"),
                LedgerTestApplication.class.getName(),
                "--spring.application.name=ledger",
                "--spring.kafka.bootstrap-servers=" + endpoints.bootstrapServers(),
                "--lifecycle.kit.schema-registry-url=" + endpoints.schemaRegistryUrl(),
                "--lifecycle.kit.application-id=ledger-" + run,
                "--lifecycle.kit.topic-prefix=" + run + ".",
                "--lifecycle.kit.state-dir=" + stateDir.toAbsolutePath(),
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.edu.lifecycle=INFO"));
        extra.forEach((key, value) -> command.add("--" + key + "=" + value));
        // The test ledger's login, with everything under its run opened to it. Never on a command line, which anyone
        // on the machine may read: Spring Boot takes it from the child's environment (SPRING_APPLICATION_JSON).
        var login = endpoints.serviceProperties("ledger", run + ".", "ledger-" + run);
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SPRING_APPLICATION_JSON", KitJson.mapper().writeValueAsString(login));
        try {
            var process = builder.start();
            return new LedgerProcess(process, port, endpoints.identity()::staff);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status of an HTTP call, or -1 when nothing answers (not listening yet, or gone). */
    public int status(String method, String path, String json) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", authorization.get())
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json));
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the JVM as {@code kill -9} does: no shutdown hook, no leaving the group, no commit. */
    public void crash() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
