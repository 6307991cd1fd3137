package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.localstack.backbone.Principals;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
        var launch = LauncherMain.launch(
                List.of("--data-dir", data.toString(), "--kafka-port", "0", "--registry-port", "0"),
                Services.onFreePorts(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(launch.exitCode()).as(err.toString(StandardCharsets.UTF_8)).isEmpty();

        try (var system = launch.system()) {
            var printed = out.toString(StandardCharsets.UTF_8);
            var stack = system.stack().orElseThrow();
            assertThat(printed)
                    .contains("Kafka broker")
                    .contains("Schema registry")
                    .contains("Credentials      kept in "
                            + data.resolve("credentials").toAbsolutePath())
                    .containsPattern("Ready in [0-9.]+ s; RSS [0-9]+ MiB");
            assertThat(CapturedLogs.lines()).as("the logs were captured").isNotEmpty();
            var everythingSaid = printed + err.toString(StandardCharsets.UTF_8) + CapturedLogs.lines();
            for (var principal : Principals.all()) {
                assertThat(everythingSaid)
                        .as("the password of %s", principal)
                        .doesNotContain(stack.login(principal).password());
            }
            assertThat(system.serviceUrls())
                    .containsOnlyKeys(
                            Services.all().stream().map(ServiceSpec::name).toList());
            for (var entry : system.serviceUrls().entrySet()) {
                assertThat(printed).contains(entry.getKey()).contains(entry.getValue() + "/swagger-ui.html");
                assertThat(get(entry.getValue() + "/actuator/health")).contains("\"status\":\"UP\"");
            }
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

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
