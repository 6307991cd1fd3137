package edu.lifecycle.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackMainIntegrationTest {

    private static final String SCHEMA_BODY =
            "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Probe\\\",\\\"fields\\\":[]}\"}";

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void startsTheBrokerAndTheRegistryAndSaysWhereTheyListen() throws Exception {
        try (var launch = launch("--data-dir", data.toString(), "--kafka-port", "0", "--registry-port", "0")) {
            var stack = launch.stack();
            assertThat(launch.exitCode()).isEmpty();
            assertThat(printed())
                    .contains("Kafka broker     ready on " + stack.bootstrapServers())
                    .contains("Schema registry  ready on " + stack.schemaRegistryUrl())
                    .containsPattern("Ready in [0-9.]+ s; RSS [0-9]+ MiB, heap used [0-9]+ MiB");
            assertThat(get(stack.schemaRegistryUrl() + "/subjects")).isEqualTo("[]");
        }
    }

    @Test
    void keepsRegisteredSchemasAcrossRestartsAndForgetsThemWhenCleaned() throws Exception {
        var args = List.of("--data-dir", data.toString(), "--kafka-port", "0", "--registry-port", "0");
        try (var launch = launch(args)) {
            post(launch.stack().schemaRegistryUrl() + "/subjects/probe-value/versions", SCHEMA_BODY);
        }

        try (var restarted = launch(args)) {
            assertThat(get(restarted.stack().schemaRegistryUrl() + "/subjects")).isEqualTo("[\"probe-value\"]");
        }

        var cleanArgs = new ArrayList<>(args);
        cleanArgs.add("--clean");
        try (var cleaned = launch(cleanArgs)) {
            assertThat(get(cleaned.stack().schemaRegistryUrl() + "/subjects")).isEqualTo("[]");
        }
    }

    @Test
    void endsWithAClearErrorWhenTheKafkaPortIsTaken() throws IOException {
        try (var occupied = new ServerSocket()) {
            occupied.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = occupied.getLocalPort();

            var launch = launch("--data-dir", data.toString(), "--kafka-port", String.valueOf(port));

            assertThat(launch.exitCode()).hasValue(LocalStackMain.EXIT_START_FAILED);
            assertThat(errors()).contains("127.0.0.1:" + port + " is already in use");
        }
    }

    @Test
    void refusesToCleanAFolderItDidNotCreate() throws IOException {
        Files.writeString(data.resolve("thesis.docx"), "precious");

        var launch = launch("--data-dir", data.toString(), "--clean");

        assertThat(launch.exitCode()).hasValue(LocalStackMain.EXIT_START_FAILED);
        assertThat(errors()).contains("not a local-stack data folder");
        assertThat(data.resolve("thesis.docx")).exists();
    }

    @Test
    void answersABadOptionWithTheUsage() {
        var launch = launch("--port", "1");

        assertThat(launch.exitCode()).hasValue(LocalStackMain.EXIT_BAD_USAGE);
        assertThat(errors()).contains("Unknown option '--port'").contains("Usage:");
    }

    private LocalStackMain.Launch launch(String... args) {
        return launch(List.of(args));
    }

    private LocalStackMain.Launch launch(List<String> args) {
        return LocalStackMain.launch(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String get(String url) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void post(String url, String body) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
