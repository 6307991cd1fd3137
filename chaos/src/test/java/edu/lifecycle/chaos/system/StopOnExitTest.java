package edu.lifecycle.chaos.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StopOnExitTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void aHarnessStoppedByASignalTakesTheProcessesItStartedWithIt() throws Exception {
        var harness = harnessWith("register");
        long started = startedPid(harness);

        harness.destroy(); // SIGTERM, as Ctrl-C or a CI time-out would

        assertThat(harness.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(stopsWithin(started, DEADLINE))
                .as("the process the harness started")
                .isTrue();
    }

    @Test
    void aRunThatClosedItLeavesLaterProcessesAlone() throws Exception {
        var harness = harnessWith("close");
        long started = startedPid(harness);

        harness.destroy();

        assertThat(harness.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        var process = ProcessHandle.of(started);
        assertThat(process).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        process.get().destroyForcibly();
    }

    private static Process harnessWith(String mode) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), StopOnExitHarness.class.getName(), mode)
                .redirectErrorStream(true)
                .start();
    }

    private static long startedPid(Process harness) throws Exception {
        var out = new BufferedReader(new InputStreamReader(harness.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("started ")) {
                return Long.parseLong(line.substring("started ".length()).trim());
            }
        }
        throw new AssertionError("the harness ended before starting its process (exit " + harness.waitFor() + ")");
    }

    private static boolean stopsWithin(long pid, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
