package edu.lifecycle.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.localstack.backbone.Login;
import edu.lifecycle.localstack.backbone.Principals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
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
    void startsTheBrokerAndTheRegistryAndSaysWhereTheyListenAndWhereTheCredentialsAreKept() throws Exception {
        try (var launch = launch("--data-dir", data.toString(), "--kafka-port", "0", "--registry-port", "0")) {
            var stack = launch.stack();
            assertThat(launch.exitCode()).isEmpty();
            assertThat(printed())
                    .contains("Kafka broker     ready on " + stack.bootstrapServers())
                    .contains("Schema registry  ready on " + stack.schemaRegistryUrl())
                    .contains("Credentials      kept in "
                            + data.resolve("credentials").toAbsolutePath())
                    .containsPattern("Ready in [0-9.]+ s; RSS [0-9]+ MiB, heap used [0-9]+ MiB");
            assertThat(get(stack.schemaRegistryUrl() + "/subjects", stack.login(Principals.SUBSCRIBER)))
                    .isEqualTo("[]");
            for (var principal : Principals.all()) {
                assertThat(printed() + errors())
                        .doesNotContain(stack.login(principal).password());
            }
        }
    }

    @Test
    void theRegistryAsksEveryCallerToLogIn() throws Exception {
        try (var launched = launch("--data-dir", data.toString(), "--kafka-port", "0", "--registry-port", "0")) {
            var stack = launched.stack();
            var anonymous = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/subjects"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.body()).isEqualTo("{\"error_code\":401,\"message\":\"Unauthorized\"}");
        }
    }

    @Test
    void writesAnOutsideReadersSettingsForOnlyItsOwnerToRead() throws Exception {
        try (var launched = launch("--data-dir", data.toString(), "--kafka-port", "0", "--registry-port", "0")) {
            var stack = launched.stack();
            var file = data.resolve("credentials").resolve("subscriber.properties");
            var settings = new Properties();
            settings.load(new StringReader(Files.readString(file)));
            var subscriber = stack.login(Principals.SUBSCRIBER);

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(settings)
                    .containsEntry("bootstrap.servers", stack.bootstrapServers())
                    .containsEntry("security.protocol", "SASL_PLAINTEXT")
                    .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                    .containsEntry("sasl.jaas.config", subscriber.jaasConfig())
                    .containsEntry("schema.registry.url", stack.schemaRegistryUrl())
                    .containsEntry("basic.auth.credentials.source", "USER_INFO")
                    .containsEntry("basic.auth.user.info", "subscriber:" + subscriber.password());
        }
    }

    @Test
    void keepsRegisteredSchemasAndCredentialsAcrossRestartsAndForgetsBothWhenCleaned() throws Exception {
        var args = List.of("--data-dir", data.toString(), "--kafka-port", "0", "--registry-port", "0");
        Login writer;
        try (var launch = launch(args)) {
            var stack = launch.stack();
            writer = stack.login("billing");
            post(stack.schemaRegistryUrl() + "/subjects/probe-value/versions", SCHEMA_BODY, writer);
        }

        try (var launch = launch(args)) {
            var restarted = launch.stack();
            assertThat(restarted.login("billing")).isEqualTo(writer);
            assertThat(get(restarted.schemaRegistryUrl() + "/subjects", writer)).isEqualTo("[\"probe-value\"]");
        }

        var cleanArgs = new ArrayList<>(args);
        cleanArgs.add("--clean");
        try (var launch = launch(cleanArgs)) {
            var cleaned = launch.stack();
            assertThat(cleaned.login("billing")).isNotEqualTo(writer);
            assertThat(get(cleaned.schemaRegistryUrl() + "/subjects", cleaned.login("billing")))
                    .isEqualTo("[]");
        }
    }

    @Test
    void refusesAKafkaLogThatHasNoCredentialsBesideIt() throws Exception {
        try (var launched = launch("--data-dir", data.toString(), "--kafka-port", "0", "--registry-port", "0")) {
            var stack = launched.stack();
            assertThat(stack.credentialsDirectory()).exists();
        }
        deleteRecursively(data.resolve("credentials"));

        var launch = launch("--data-dir", data.toString(), "--kafka-port", "0", "--registry-port", "0");

        assertThat(launch.exitCode()).hasValue(LocalStackMain.EXIT_START_FAILED);
        assertThat(errors()).contains("has no credentials next to it").contains("--clean");
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

    private static String get(String url, Login login) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", basic(login))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void post(String url, String body, Login login) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                                .header("Authorization", basic(login))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static String basic(Login login) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
