package edu.lifecycle.system;

import edu.lifecycle.demo.Api;
import edu.lifecycle.demo.MovableClock;
import edu.lifecycle.demo.ServiceUrls;
import edu.lifecycle.launcher.RunningSystem;
import edu.lifecycle.launcher.ServiceSpec;
import edu.lifecycle.launcher.Services;
import edu.lifecycle.testing.StackEndpoints;
import edu.lifecycle.testing.TestIdentity;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The four services running on the test stack with one clock the test moves, their topics prefixed for the test
 * class so that classes sharing a broker never meet, and a client of their public APIs.
 */
final class PlayedSystem implements AutoCloseable {

    private static final String OVERDUE_SCAN_INTERVAL = "--lifecycle.billing.overdue-scan-interval";

    final Api api;
    final MovableClock clock;
    final ServiceUrls urls;
    /** Put before every topic name of this system, e.g. {@code sys-1a2b3c4d.admissions.events}. */
    final String topicPrefix;
    /** Where the services keep their state stores. */
    final Path dataDirectory;

    private final RunningSystem system;

    private PlayedSystem(
            RunningSystem system, MovableClock clock, String topicPrefix, Path dataDirectory, TestIdentity identity) {
        this.system = system;
        this.clock = clock;
        this.topicPrefix = topicPrefix;
        this.dataDirectory = dataDirectory;

        // As the demo does: the school's integration client, with every staff role.
        this.urls = system.urls(identity::staff);
        this.api = urls.api();
    }

    /** Starts the services at {@code start}, with extra arguments for admissions (e.g. a programme's capacity). */
    static PlayedSystem start(StackEndpoints stack, Instant start, List<String> admissionsArguments) {
        var run = "sys-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        var clock = MovableClock.startingAt(start);
        var dataDirectory = Path.of(System.getProperty("java.io.tmpdir"), run);
        var placement = RunningSystem.Placement.on(
                stack, stack.identity().issuer(), dataDirectory, "127.0.0.1", run, Optional.of(clock));
        var services = Services.forPlayedYear(Services.onFreePorts()).stream()
                .map(PlayedSystem::scanningForOverdueLinesOftener)
                .map(service ->
                        service.name().equals("admissions") ? service.withArguments(admissionsArguments) : service)
                .toList();
        return new PlayedSystem(
                RunningSystem.onExistingStack(placement, services, step -> {}),
                clock,
                run,
                dataDirectory,
                stack.identity());
    }

    /**
     * Billing scanning for overdue lines every 500 ms instead of the played year's 2 s: the play waits for that scan
     * after each instalment's grace period (the late payers' lines must become overdue before they pay), and so do the
     * tests of overdue lines. What the scan decides is the same; it is only asked sooner.
     */
    private static ServiceSpec scanningForOverdueLinesOftener(ServiceSpec service) {
        var arguments = service.arguments().stream()
                .map(argument ->
                        argument.startsWith(OVERDUE_SCAN_INTERVAL + "=") ? OVERDUE_SCAN_INTERVAL + "=500ms" : argument)
                .toList();
        return new ServiceSpec(service.name(), service.application(), service.port(), arguments);
    }

    /** Moves every service's clock to 09:00 UTC of that day. */
    void moveTo(LocalDate day) {
        clock.advanceTo(at(day));
    }

    static Instant at(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public void close() {
        system.close();
    }
}
