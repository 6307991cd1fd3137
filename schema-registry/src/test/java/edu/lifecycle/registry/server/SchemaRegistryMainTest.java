package edu.lifecycle.registry.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaRegistryMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SchemaRegistryMain.run(args, Map.of(), print(out), print(err), server -> {});
    }

    @Test
    void printsWhereItListensAndServes() {
        var answer = new AtomicReference<Reply>();

        int exitCode = SchemaRegistryMain.run(
                new String[] {"--host", "127.0.0.1", "--port", "0", "--anonymous"},
                Map.of(),
                print(out),
                print(err),
                server -> answer.set(new RegistryHttp(server.url()).get("/subjects")));

        assertThat(exitCode).isZero();
        assertThat(text(out))
                .matches("Schema registry listening on http://127\\.0\\.0\\.1:\\d+ \\(store: in memory\\)\\s*");
        assertThat(answer.get().status()).isEqualTo(200);
    }

    @Test
    void refusesToStartWithoutLoginsUnlessAskedToBeOpenToAnyone() {
        int exitCode = run("--host", "127.0.0.1", "--port", "0");

        assertThat(exitCode).isEqualTo(SchemaRegistryMain.BAD_ARGUMENTS);
        assertThat(text(err)).contains("Anonymous access is off").contains("--users-file");
    }

    @Test
    void withAUsersFileEveryCallerLogsInAndReadersDoNotRegister(@TempDir Path folder) throws Exception {
        var users = folder.resolve("users.properties");
        Files.writeString(
                users,
                "# as for Confluent's registry\nbilling: writerSecret,writer\nsubscriber: readerSecret,reader\n");
        var answers = new ArrayList<Integer>();

        int exitCode = SchemaRegistryMain.run(
                new String[] {"--host", "127.0.0.1", "--port", "0", "--users-file", users.toString()},
                Map.of(),
                print(out),
                print(err),
                server -> {
                    answers.add(status(server.url(), "GET", "/subjects", null));
                    answers.add(status(server.url(), "GET", "/subjects", "subscriber:readerSecret"));
                    answers.add(status(server.url(), "POST", "/subjects/s-value/versions", "subscriber:readerSecret"));
                    answers.add(status(server.url(), "POST", "/subjects/s-value/versions", "billing:writerSecret"));
                });

        assertThat(exitCode).isZero();
        assertThat(answers).containsExactly(401, 200, 403, 200);
        assertThat(text(err)).doesNotContain("Warning");
    }

    @Test
    void failsCleanlyWhenThePortIsTaken() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int exitCode = run("--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()), "--anonymous");

            assertThat(exitCode).isEqualTo(SchemaRegistryMain.FAILED_TO_START);
            assertThat(text(err))
                    .isEqualTo("Cannot start the schema registry: port " + taken.getLocalPort()
                            + " on 127.0.0.1 is already in use" + System.lineSeparator());
        }
    }

    @Test
    void explainsBadArguments() {
        int exitCode = run("--colour", "blue");

        assertThat(exitCode).isEqualTo(SchemaRegistryMain.BAD_ARGUMENTS);
        assertThat(text(err)).startsWith("Unknown option --colour").contains("Usage:");
    }

    @Test
    void printsUsageOnHelp() {
        assertThat(run("--help")).isZero();
        assertThat(text(out)).contains("--bootstrap-servers");
    }

    private static int status(String url, String method, String path, String login) {
        var request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(
                        method,
                        method.equals("POST")
                                ? HttpRequest.BodyPublishers.ofString("{\"schema\":\"\\\"string\\\"\"}")
                                : HttpRequest.BodyPublishers.noBody());
        if (login != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
