package edu.lifecycle.localstack;

import edu.lifecycle.kafka.embedded.BrokerStartupException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;

/** Starts the local stack from the command line, prints where everything listens, and runs until Ctrl-C. */
public final class LocalStackMain {

    static final int EXIT_BAD_USAGE = 64;
    static final int EXIT_START_FAILED = 1;
    static final int EXIT_BROKER_FAULT = 2;

    private LocalStackMain() {}

    public static void main(String[] args) throws InterruptedException {
        var out = System.out;
        var started = launch(List.of(args), out, System.err);
        if (started.exitCode().isPresent()) {
            System.exit(started.exitCode().getAsInt());
        }
        var stack = started.stack();
        var stopped = new CountDownLatch(1);
        stack.broker().onFault(fault -> {
            System.err.println("Kafka broker failed: " + fault.message() + ". Stopping.");
            Runtime.getRuntime().halt(EXIT_BROKER_FAULT);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping…");
            started.close();
            out.println("Stopped.");
            stopped.countDown();
        }));
        stopped.await();
    }

    /** Parses, cleans if asked, starts, and reports; never calls {@link System#exit}, so tests can drive it. */
    static Launch launch(List<String> args, PrintStream out, PrintStream err) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Launch.failed(EXIT_BAD_USAGE);
        }
        if (options.help()) {
            out.print(LaunchOptions.USAGE);
            return Launch.failed(0);
        }
        var settings = options.settings();
        DataFolder.Lock folder;
        try {
            folder = DataFolder.prepare(
                    settings.dataDirectory(),
                    options.clean(),
                    settings.host(),
                    java.util.List.of(settings.kafkaPort(), settings.controllerPort(), settings.registryPort()));
            if (options.clean()) {
                out.println("Cleaned " + settings.dataDirectory().toAbsolutePath());
            }
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            err.println("error: " + e.getMessage());
            return Launch.failed(EXIT_START_FAILED);
        }
        out.println(
                "Starting the local stack (data in " + settings.dataDirectory().toAbsolutePath() + ")");
        var start = System.nanoTime();
        try {
            var stack = LocalStack.start(
                    settings,
                    step -> out.printf(
                            "  %-16s ready on %s (%s)%n", step.component(), step.address(), seconds(step.took())));
            printCredentials(out, stack.credentialsDirectory());
            out.printf(
                    "Ready in %s; %s. Press Ctrl-C to stop.%n",
                    seconds(Duration.ofNanos(System.nanoTime() - start)),
                    ProcessFootprint.now().describe());
            return Launch.running(stack, folder);
        } catch (BrokerStartupException e) {
            folder.close();
            err.println("error: " + e.getMessage());
            return Launch.failed(EXIT_START_FAILED);
        } catch (RuntimeException e) {
            folder.close();
            err.println("error: the local stack failed to start: " + e.getMessage());
            return Launch.failed(EXIT_START_FAILED);
        }
    }

    /** Where, never what: the secrets stay in their files. */
    public static void printCredentials(PrintStream out, Path directory) {
        out.printf(
                "  %-16s kept in %s (owner only); an outside reader's settings: subscriber.properties,"
                        + " student-profiles-reader.properties%n",
                "Credentials", directory.toAbsolutePath());
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    /**
     * The result of a launch: a running stack and its hold on the data folder (kept as long as the stack runs), or
     * the exit code to end with.
     */
    record Launch(LocalStack stack, DataFolder.Lock folder, OptionalInt exitCode) implements AutoCloseable {

        /** Stops the stack, then lets go of the data folder. */
        @Override
        public void close() {
            try {
                if (stack != null) {
                    stack.close();
                }
            } finally {
                if (folder != null) {
                    folder.close();
                }
            }
        }

        static Launch running(LocalStack stack, DataFolder.Lock folder) {
            return new Launch(stack, folder, OptionalInt.empty());
        }

        static Launch failed(int code) {
            return new Launch(null, null, OptionalInt.of(code));
        }
    }
}
