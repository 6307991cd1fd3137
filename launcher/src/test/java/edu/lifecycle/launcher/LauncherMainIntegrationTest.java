package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.identity.Clients;
import edu.lifecycle.identity.DemoUsers;
import edu.lifecycle.localstack.backbone.Principals;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherMainIntegrationTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void startsTheStackAndEveryServiceAndSaysWhereEachListensAndWhereTheCredentialsAreKept() throws Exception {
        String integrationSecret;
        var console = new ByteArrayOutputStream();
        var systemOut = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            var launch = LauncherMain.launch(
                    onFreePorts(),
                    Services.onFreePorts(),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            try (var system = launch.system()) {
                assertThat(launch.exitCode())
                        .as(err.toString(StandardCharsets.UTF_8))
                        .isEmpty();
                var printed = out.toString(StandardCharsets.UTF_8);
                var stack = system.stack().orElseThrow();
                assertThat(printed)
                        .contains("Kafka broker")
                        .contains("Schema registry")
                        .contains("Credentials      kept in "
                                + data.resolve("credentials").toAbsolutePath())
                        .containsPattern("Ready in [0-9.]+ s \\([0-9.]+ s since the JVM started\\); RSS [0-9]+ MiB")
                        .contains("logs: one file per service in "
                                + data.resolve("logs").toAbsolutePath());
                assertThat(system.serviceUrls())
                        .containsOnlyKeys(
                                Services.all().stream().map(ServiceSpec::name).toList());
                for (var entry : system.serviceUrls().entrySet()) {
                    assertThat(printed).contains(entry.getKey()).contains(entry.getValue() + "/swagger-ui.html");
                    assertThat(get(entry.getValue() + "/actuator/health")).contains("\"status\":\"UP\"");
                    assertThat(get(entry.getValue() + "/actuator/health/readiness"))
                            .contains("\"status\":\"UP\"");
                }

                // Each service's lines in its own file, each line naming it; the console keeps to what matters.
                var filed = new StringBuilder();
                for (var service : system.serviceUrls().keySet()) {
                    var log = data.resolve("logs").resolve(service + ".log");
                    assertThat(log).exists();
                    var lines = Files.readAllLines(log);
                    assertThat(lines).isNotEmpty();
                    assertThat(lines.stream().filter(line -> line.matches("^\\d{4}-\\d{2}-\\d{2}T.*")))
                            .isNotEmpty()
                            .allSatisfy(line -> assertThat(line).contains("[" + service + "]"));
                    lines.forEach(filed::append);
                }
                assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(" INFO ");

                // No password is ever printed or logged, on the console, in a log file or anywhere logging reaches.
                var everythingSaid =
                        printed + err.toString(StandardCharsets.UTF_8) + console + filed + CapturedLogs.lines();
                for (var principal : Principals.all()) {
                    assertThat(everythingSaid)
                            .as("the password of %s", principal)
                            .doesNotContain(stack.login(principal).password());
                }

                // Sign-in: the issuer and where the accounts are, and at this first start the generated secrets,
                // shown to whoever started the system and written to no log.
                var identity = system.identity().orElseThrow();
                var accounts = identity.accounts();
                var logged = console.toString() + filed + CapturedLogs.lines();
                assertThat(printed)
                        .contains("Sign-in          issuer " + identity.issuer())
                        .contains(accounts.file().toAbsolutePath().toString())
                        .contains(accounts.clientSecret(Clients.INTEGRATION))
                        .contains(accounts.password(DemoUsers.STUDENT));
                assertThat(logged)
                        .doesNotContain(accounts.clientSecret(Clients.INTEGRATION))
                        .doesNotContain(accounts.password(DemoUsers.STUDENT));
                // Every service refuses a request without a token, and serves the integration client's.
                var bearer = system.integrationClient().get();
                for (var url : system.serviceUrls().values()) {
                    assertThat(status(url + "/api/v1/policy-rejections", null)).isEqualTo(401);
                    assertThat(status(url + "/api/v1/policy-rejections", bearer))
                            .isEqualTo(200);
                }
                integrationSecret = accounts.clientSecret(Clients.INTEGRATION);
            }

            // A restart on the same folder says where the accounts are, but shows no secret again.
            var restartOut = new ByteArrayOutputStream();
            var again = LauncherMain.launch(
                    onFreePorts(),
                    Services.onFreePorts(),
                    new PrintStream(restartOut, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            try (var system = again.system()) {
                assertThat(again.exitCode())
                        .as(err.toString(StandardCharsets.UTF_8))
                        .isEmpty();
                assertThat(restartOut.toString(StandardCharsets.UTF_8))
                        .contains("Sign-in")
                        .doesNotContain(integrationSecret);
                assertThat(system.identity().orElseThrow().accounts().clientSecret(Clients.INTEGRATION))
                        .isEqualTo(integrationSecret);
            }
        } finally {
            System.setOut(systemOut);
        }
    }

    @Test
    void aSecondStartOnTheDataFolderOfARunningSystemIsRefusedAndChangesNothing() throws Exception {
        var args = onFreePorts();
        var first = LauncherMain.launch(
                args,
                Services.onFreePorts(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        try (var system = first.system()) {
            assertThat(first.exitCode())
                    .as(err.toString(StandardCharsets.UTF_8))
                    .isEmpty();
            long before = sizeOf(data.resolve("kafka"));

            for (var again : List.of(args, withClean(args))) {
                var secondErr = new ByteArrayOutputStream();
                var second = LauncherMain.launch(
                        again,
                        Services.onFreePorts(),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(secondErr, true, StandardCharsets.UTF_8));

                assertThat(second.exitCode()).hasValue(LauncherMain.EXIT_START_FAILED);
                assertThat(secondErr.toString(StandardCharsets.UTF_8))
                        .contains("is in use by a running system")
                        .contains("Nothing was changed");
            }
            assertThat(sizeOf(data.resolve("kafka"))).isGreaterThanOrEqualTo(before);
            for (var url : system.serviceUrls().values()) {
                assertThat(get(url + "/actuator/health/readiness")).contains("\"status\":\"UP\"");
            }
        }
    }

    /** The data folder under test, every port of the stack taken free (the services' are, by Services.onFreePorts). */
    private List<String> onFreePorts() {
        return List.of(
                "--data-dir", data.toString(), "--kafka-port", "0", "--registry-port", "0", "--identity-port", "0");
    }

    private static List<String> withClean(List<String> args) {
        var clean = new java.util.ArrayList<>(args);
        clean.add("--clean");
        return clean;
    }

    private static long sizeOf(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void answersABadOptionWithTheUsage() {
        var launch = LauncherMain.launch(
                List.of("--demo-size", "zero"),
                Services.onFreePorts(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(launch.exitCode()).hasValue(LauncherMain.EXIT_BAD_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--demo-size takes a number");
    }

    private static int status(String url, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
