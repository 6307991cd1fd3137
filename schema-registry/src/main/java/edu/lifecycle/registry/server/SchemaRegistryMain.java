package edu.lifecycle.registry.server;

import edu.lifecycle.registry.server.security.RegistrySecurity;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs a registry on its own: {@code java -jar schema-registry-<version>-exec.jar --users-file users.properties
 * [--port 8081] [--bootstrap-servers localhost:9092]}. Without logins ({@code --users-file}) it starts only when told
 * {@code --anonymous}. It serves until the JVM is stopped (Ctrl+C, SIGTERM).
 */
public final class SchemaRegistryMain {

    static final int OK = 0;
    static final int FAILED_TO_START = 1;
    static final int BAD_ARGUMENTS = 2;

    private SchemaRegistryMain() {}

    public static void main(String[] args) {
        // Before any logger exists: quiet Kafka clients unless the user brings a logback configuration.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "schema-registry-logback.xml");
        }
        int exitCode = run(args, System.getenv(), System.out, System.err, SchemaRegistryMain::untilShutdown);
        if (exitCode != OK) {
            System.exit(exitCode);
        }
    }

    /** Starts a registry, hands it to {@code whileRunning}, and closes it when that returns. */
    static int run(
            String[] args,
            Map<String, String> env,
            PrintStream out,
            PrintStream err,
            Consumer<SchemaRegistryServer> whileRunning) {
        MainArguments arguments;
        try {
            arguments = MainArguments.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(MainArguments.USAGE);
            return BAD_ARGUMENTS;
        }
        if (arguments.help()) {
            out.print(MainArguments.USAGE);
            return OK;
        }
        RegistrySettings settings = arguments.settings();
        RegistrySecurity security;
        try {
            security = StandaloneSecurity.of(arguments);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(e.getMessage());
            return BAD_ARGUMENTS;
        }
        SchemaRegistryServer server;
        try {
            server = SchemaRegistryServer.start(settings, security);
        } catch (RegistryStartupException e) {
            err.println(e.getMessage());
            return FAILED_TO_START;
        }
        if (!security.access().requiresLogin()) {
            err.println("Warning: anonymous access (--anonymous): anyone who reaches the port may register schemas");
        }
        try (server) {
            out.println("Schema registry listening on http://" + settings.host() + ":" + server.port() + " (store: "
                    + (settings.inMemoryStore()
                            ? "in memory"
                            : "topic " + settings.topic() + " at " + settings.bootstrapServers())
                    + ")");
            out.flush();
            whileRunning.accept(server);
        }
        return OK;
    }

    private static void untilShutdown(SchemaRegistryServer server) {
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "schema-registry-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
