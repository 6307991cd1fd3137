package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.localstack.LocalStack;
import edu.lifecycle.localstack.LocalStackSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the launcher starts the four services: all at once, each reported as it becomes ready, the URLs in the fixed
 * order, and a service that cannot start named, with the others stopped.
 */
class RunningSystemStartIntegrationTest {

    private static final List<String> NAMES =
            Services.all().stream().map(ServiceSpec::name).toList();

    @TempDir
    Path data;

    @Test
    void startsEveryServiceOnAFreshAndThenOnAKeptDataFolderReportingEachAndListingThemInOrder() {
        for (var run : List.of("first start (empty data folder)", "second start (kept data folder)")) {
            var reported = new ConcurrentLinkedQueue<LocalStack.StartupStep>();
            long begin = System.nanoTime();
            long cpuBefore = processCpuNanos();
            try (var system = RunningSystem.start(
                    LocalStackSettings.ephemeral(data), Services.onFreePorts(), reported::add, Optional.empty())) {
                var took = Duration.ofNanos(System.nanoTime() - begin);
                // Printed for the record: the start-to-ready time of the system on this machine.
                System.out.printf(
                        "RunningSystem %s: ready in %s, %s of CPU, load average %.1f%n",
                        run,
                        LauncherMain.seconds(took),
                        LauncherMain.seconds(Duration.ofNanos(processCpuNanos() - cpuBefore)),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                reported.forEach(
                        step -> System.out.printf("  %-16s %s%n", step.component(), LauncherMain.seconds(step.took())));

                assertThat(reported.stream().map(LocalStack.StartupStep::component))
                        .as("every service reported once it is ready, and the provider started beside the broker")
                        .containsAll(NAMES)
                        .contains("identity");
                assertThat(system.serviceUrls().keySet())
                        .as("the URLs in the services' fixed order")
                        .containsExactlyElementsOf(NAMES);
                for (var url : system.serviceUrls().values()) {
                    assertThat(answers(url)).as(url).isTrue();
                }
            }
        }
    }

    @Test
    void aServiceThatCannotStartIsNamedWithItsReasonAndTheOthersAreStopped() throws IOException {
        try (var taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var ports = new ArrayList<Integer>();
            var services = new ArrayList<ServiceSpec>();
            for (var spec : Services.all()) {
                int port = spec.name().equals("billing") ? taken.getLocalPort() : freePort();
                ports.add(port);
                services.add(spec.withPort(port));
            }

            assertThatThrownBy(() -> RunningSystem.start(
                                    LocalStackSettings.ephemeral(data), services, step -> {}, Optional.empty())
                            .close())
                    .hasMessageContaining("billing")
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));

            for (int i = 0; i < services.size(); i++) {
                if (!services.get(i).name().equals("billing")) {
                    assertThat(answers("http://127.0.0.1:" + ports.get(i)))
                            .as("%s was stopped", services.get(i).name())
                            .isFalse();
                }
            }
        }
    }

    private static boolean answers(String url) {
        var address = java.net.URI.create(url);
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
