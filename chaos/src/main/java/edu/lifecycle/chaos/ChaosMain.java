package edu.lifecycle.chaos;

import java.nio.file.Files;
import java.time.Instant;

/**
 * Runs a chaos run from the command line and prints its report (also written to {@code report.md} in the run's
 * folder); exits 1 when a check fails. See docs/reliability.md for the sizes and flags.
 */
public final class ChaosMain {

    private ChaosMain() {}

    public static void main(String[] args) throws Exception {
        var settings = ChaosSettings.parse(args);
        var refusal = RunDirectory.refusal(settings.directory());
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            System.exit(2);
        }
        System.out.println("chaos run " + settings);
        var report = ChaosRun.run(settings, line -> System.out.println(Instant.now() + " " + line));
        var markdown = report.markdown();
        Files.writeString(settings.directory().resolve("report.md"), markdown);
        System.out.println(markdown);
        System.exit(report.passed() ? 0 : 1);
    }
}
