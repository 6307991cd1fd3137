package edu.lifecycle.launcher;

import edu.lifecycle.demo.CohortPlayer;
import edu.lifecycle.demo.DemoCohort;
import edu.lifecycle.demo.MovableClock;
import edu.lifecycle.demo.ServiceUrls;
import edu.lifecycle.kafka.embedded.BrokerStartupException;
import edu.lifecycle.localstack.DataFolder;
import edu.lifecycle.localstack.LocalStackMain;
import edu.lifecycle.localstack.LocalStackSettings;
import edu.lifecycle.localstack.ProcessFootprint;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: starts the broker, the registry and the four services in order, says where each listens and how
 * long the whole took, optionally runs the demo cohort, and stops everything on Ctrl-C.
 */
public final class LauncherMain {

    static final int EXIT_BAD_USAGE = 64;
    static final int EXIT_START_FAILED = 1;
    static final int EXIT_BROKER_FAULT = 2;

    private LauncherMain() {}

    public static void main(String[] args) throws InterruptedException {
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
        try {
            DataFolder.prepare(settings.dataDirectory(), options.stack().clean());
        } catch (IllegalArgumentException | IOException e) {
            err.println("error: " + e.getMessage());
            return Launch.failed(EXIT_START_FAILED);
        }
        out.println("Starting the student lifecycle system (data in "
                + settings.dataDirectory().toAbsolutePath() + (options.stack().clean() ? ", cleaned" : "") + ")");
        long begin = System.nanoTime();
        // A played year needs a clock the demo can move; without --demo the services read the real time.
        var demoClock = options.demoSize().isPresent()
                ? Optional.of(MovableClock.startingAt(CohortPlayer.START))
                : Optional.<MovableClock>empty();
        RunningSystem system;
        try {
            system = RunningSystem.start(
                    settings,
                    demoClock.isPresent() ? Services.forPlayedYear(services) : services,
                    step -> out.printf(
                            "  %-16s ready on %-28s (%s)%n", step.component(), step.address(), seconds(step.took())),
                    demoClock.map(Clock.class::cast));
        } catch (BrokerStartupException e) {
            err.println("error: " + e.getMessage());
            return Launch.failed(EXIT_START_FAILED);
        } catch (RuntimeException e) {
            err.println("error: the system failed to start: " + e.getMessage());
            return Launch.failed(EXIT_START_FAILED);
        }
        system.stack().ifPresent(stack -> LocalStackMain.printCredentials(out, stack.credentialsDirectory()));
        out.printf(
                "Ready in %s; %s.%n",
                seconds(Duration.ofNanos(System.nanoTime() - begin)),
                ProcessFootprint.now().describe());
        system.serviceUrls().forEach((name, url) -> out.printf("  %-16s OpenAPI: %s/swagger-ui.html%n", name, url));
        if (demoClock.isPresent()) {
            try {
                DemoCohort.run(
                        urlsOf(system),
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

    private static ServiceUrls urlsOf(RunningSystem system) {
        var urls = system.serviceUrls();
        return new ServiceUrls(
                urls.get("admissions"), urls.get("billing"), urls.get("curriculum"), urls.get("placement"));
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
