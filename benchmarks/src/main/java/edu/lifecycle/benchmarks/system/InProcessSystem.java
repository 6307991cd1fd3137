package edu.lifecycle.benchmarks.system;

import edu.lifecycle.demo.ServiceUrls;
import edu.lifecycle.launcher.RunningSystem;
import edu.lifecycle.launcher.ServiceSpec;
import edu.lifecycle.localstack.LocalStack;
import edu.lifecycle.localstack.LocalStackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The launcher's system (embedded broker, registry, four services) in this JVM, in a temporary folder. */
final class InProcessSystem implements AutoCloseable {

    private final Path directory;
    private final RunningSystem system;

    private InProcessSystem(Path directory, RunningSystem system) {
        this.directory = directory;
        this.system = system;
    }

    static InProcessSystem start(
            String name, List<ServiceSpec> services, Optional<Clock> clock, Consumer<LocalStack.StartupStep> steps) {
        quietLogging();
        Path directory;
        try {
            directory = Files.createTempDirectory("benchmarks-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new InProcessSystem(
                    directory, RunningSystem.start(LocalStackSettings.ephemeral(directory), services, steps, clock));
        } catch (RuntimeException e) {
            delete(directory);
            throw e;
        }
    }

    /**
     * Spring must not configure logging: slf4j-nop is the only SLF4J binding here and the report owns standard
     * output.
     */
    static void quietLogging() {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    /**
     * Admissions' arguments for a programme list of M2-ISD alone, with {@code seats2026} seats in 2026-2027 (a number or
     * "unlimited") and no limit in 2027-2028. Spring binds a list from one property source only, so the whole element
     * is given.
     */
    static List<String> onlyM2Isd(String seats2026) {
        return List.of(
                "--lifecycle.admissions.programmes[0].id=M2-ISD",
                "--lifecycle.admissions.programmes[0].title=Master 2 International Security and Defense",
                "--lifecycle.admissions.programmes[0].minimum-ects=240",
                "--lifecycle.admissions.programmes[0].streams=RESEARCH,PROFESSIONAL",
                "--lifecycle.admissions.programmes[0].schemes=INITIAL,APPRENTICESHIP",
                "--lifecycle.admissions.programmes[0].capacities[2026-2027]=" + seats2026,
                "--lifecycle.admissions.programmes[0].capacities[2027-2028]=unlimited");
    }

    /** Extra arguments for every service, for experiments: -Dbenchmarks.service-args="--a=b --c=d". */
    static final List<String> EXPERIMENT_ARGUMENTS = Stream.of(
                    System.getProperty("benchmarks.service-args", "").trim().split("\\s+"))
            .filter(argument -> !argument.isEmpty())
            .toList();

    static ServiceSpec withExperimentArguments(ServiceSpec service) {
        return EXPERIMENT_ARGUMENTS.isEmpty() ? service : service.withArguments(EXPERIMENT_ARGUMENTS);
    }

    /** What a table says when the services ran with experiment arguments: not the product's settings. */
    static Optional<String> experimentNote() {
        return EXPERIMENT_ARGUMENTS.isEmpty()
                ? Optional.empty()
                : Optional.of("**Experiment**: every service started with " + EXPERIMENT_ARGUMENTS
                        + " (-Dbenchmarks.service-args), not the product's settings.");
    }

    RunningSystem system() {
        return system;
    }

    /** The services, called as the machine-integration client: a token by client credentials, renewed. */
    ServiceUrls urls() {
        return system.urls(system.integrationClient());
    }

    @Override
    public void close() {
        try {
            system.close();
        } finally {
            delete(directory);
        }
    }

    static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is no reason to fail a report.
        }
    }
}
