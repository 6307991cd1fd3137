package edu.lifecycle.registry.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

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
                new String[] {"--host", "127.0.0.1", "--port", "0"},
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
    void failsCleanlyWhenThePortIsTaken() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int exitCode = run("--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()));

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

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
