package edu.lifecycle.launcher;

import edu.lifecycle.demo.CohortPlayer;
import edu.lifecycle.demo.DemoCohort;
import edu.lifecycle.demo.MovableClock;
import edu.lifecycle.kafka.embedded.BrokerStartupException;
import edu.lifecycle.localstack.DataFolder;
import edu.lifecycle.localstack.LocalStackMain;
import edu.lifecycle.localstack.LocalStackSettings;
import edu.lifecycle.localstack.ProcessFootprint;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: starts the broker, the registry, then the four services together, says where each listens and how
 * long the whole took, optionally runs the demo cohort, and stops everything on Ctrl-C.
 */
public final class LauncherMain {

    static final int EXIT_BAD_USAGE = 64;
    static final int EXIT_START_FAILED = 1;
    static final int EXIT_BROKER_FAULT = 2;

    /** Set by {@code ./run.sh}: when it started, in milliseconds since the epoch. */
    static final String RUN_STARTED_AT = "LIFECYCLE_RUN_STARTED_AT";

    private LauncherMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("ops")) {
            // The operator's tools against a running system: they start nothing.
            System.exit(OperationsCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        var out = System.out;
        var launch = launch(List.of(args), Services.all(), out, System.err);
        if (launch.exitCode().isPresent()) {
            System.exit(launch.exitCode().getAsInt());
        }
        var system = launch.system();
        var stopped = new CountDownLatch(1);
        system.stack().orElseThrow().broker().onFault(fault -> {
            System.err.println("Kafka broker failed: " + fault.message() + ". Stopping.");
            Runtime.getRuntime().halt(EXIT_BROKER_FAULT);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping…");
            system.close();
            out.println("Stopped.");
            stopped.countDown();
        }));
        stopped.await();
    }

    /** Parses, prepares the data folder, starts, reports; never exits the JVM, so tests can drive it. */
    static Launch launch(List<String> args, List<ServiceSpec> services, PrintStream out, PrintStream err) {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Launch.failed(EXIT_BAD_USAGE);
        }
        if (options.stack().help()) {
            out.print(LauncherOptions.USAGE);
            return Launch.failed(0);
        }
        LocalStackSettings settings = options.stack().settings();
        long begin = System.nanoTime();
        DataFolder.Lock folder;
        try {
            // Locked, and every port checked free, before anything in the folder is deleted.
            folder = DataFolder.prepare(
                    settings.dataDirectory(),
                    options.stack().clean(),
                    settings.host(),
                    portsOf(settings, options.identityPort(), withConsole(services)));
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            err.println("error: " + e.getMessage());
            return Launch.failed(EXIT_START_FAILED);
        }
        Path logs = LauncherLogging.configure(settings.dataDirectory());
        out.println("Starting the student lifecycle system (data in "
                + settings.dataDirectory().toAbsolutePath() + (options.stack().clean() ? ", cleaned" : "") + ")");
        out.println("  logs: one file per service in " + logs + "; warnings and errors also here");
        // A played year needs a clock the demo can move; without --demo the services read the real time.
        var demoClock = options.demoSize().isPresent()
                ? Optional.of(MovableClock.startingAt(CohortPlayer.START))
                : Optional.<MovableClock>empty();
        RunningSystem system;
        try {
            system = RunningSystem.start(
                    settings,
                    options.identityPort(),
                    demoClock.isPresent() ? Services.forPlayedYear(services) : services,
                    step -> out.printf(
                            "  %-16s ready on %-28s (%s)%n", step.component(), step.address(), seconds(step.took())),
                    demoClock.map(Clock.class::cast));
        } catch (BrokerStartupException e) {
            folder.close();
            err.println("error: " + e.getMessage());
            return Launch.failed(EXIT_START_FAILED);
        } catch (RuntimeException e) {
            folder.close();
            err.println("error: the system failed to start: " + e.getMessage());
            return Launch.failed(EXIT_START_FAILED);
        }
        system.holding(folder);
        String consoleUrl;
        try {
            long consoleBegin = System.nanoTime();
            consoleUrl = system.startConsole(
                    Services.consoleBeside(services),
                    system.identity().orElseThrow().issuer(),
                    demoClock.map(Clock.class::cast));
            out.printf(
                    "  %-16s ready on %-28s (%s)%n",
                    "console", consoleUrl, seconds(Duration.ofNanos(System.nanoTime() - consoleBegin)));
        } catch (RuntimeException e) {
            system.close();
            err.println("error: the operations console failed to start: " + RunningSystem.reasonOf(e));
            return Launch.failed(EXIT_START_FAILED);
        }
        system.stack().ifPresent(stack -> LocalStackMain.printCredentials(out, stack.credentialsDirectory()));
        system.identity().ifPresent(identity -> SignInNotice.print(out, identity));
        out.printf(
                "Ready in %s%s; %s.%n",
                seconds(Duration.ofNanos(System.nanoTime() - begin)),
                sinceStart(),
                ProcessFootprint.now().describe());
        // The console first: it is the page staff open; the APIs follow.
        out.printf("  %-16s %s%n", "Console", consoleUrl);
        system.serviceUrls().forEach((name, url) -> out.printf("  %-16s OpenAPI: %s/swagger-ui.html%n", name, url));
        if (demoClock.isPresent()) {
            try {
                DemoCohort.run(
                        system.urls(system.integrationClient()),
                        demoClock.get(),
                        options.seed(),
                        options.demoSize().getAsInt(),
                        out::println);
            } catch (RuntimeException e) {
                // The system stays up for inspection; the demo's failure is reported, not hidden.
                err.println("error: the demo stopped: " + e.getMessage());
            }
        }
        out.println("Press Ctrl-C to stop.");
        return Launch.running(system);
    }

    /** The services and the operations console beside them: every port the launcher's applications take. */
    static List<ServiceSpec> withConsole(List<ServiceSpec> services) {
        var all = new ArrayList<>(services);
        all.add(Services.consoleBeside(services));
        return all;
    }

    /**
     * Every fixed port the system listens on: the broker's, the controller's, the registry's, the identity
     * provider's and the services'.
     */
    static List<Integer> portsOf(LocalStackSettings settings, int identityPort, List<ServiceSpec> services) {
        var ports = new ArrayList<Integer>(
                List.of(settings.kafkaPort(), settings.controllerPort(), settings.registryPort(), identityPort));
        services.forEach(service -> ports.add(service.port()));
        return ports;
    }

    /**
     * How long since the JVM started and, when {@code ./run.sh} says when it started ({@value #RUN_STARTED_AT}, epoch
     * milliseconds), since then: what the user waited, build check included.
     */
    private static String sinceStart() {
        long now = System.currentTimeMillis();
        var text = new StringBuilder(" (")
                .append(seconds(Duration.ofMillis(
                        now - ManagementFactory.getRuntimeMXBean().getStartTime())))
                .append(" since the JVM started");
        String runStarted = System.getenv(RUN_STARTED_AT);
        if (runStarted != null && runStarted.matches("[0-9]{10,16}")) {
            text.append(", ")
                    .append(seconds(Duration.ofMillis(now - Long.parseLong(runStarted))))
                    .append(" since ./run.sh started");
        }
        return text.append(')').toString();
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    /** A running system, or the exit code to end with. */
    record Launch(RunningSystem system, OptionalInt exitCode) {

        static Launch running(RunningSystem system) {
            return new Launch(system, OptionalInt.empty());
        }

        static Launch failed(int code) {
            return new Launch(null, OptionalInt.of(code));
        }
    }
}
