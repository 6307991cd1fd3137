package edu.lifecycle.demo;

import java.time.Duration;
import java.util.function.Consumer;

/** The demo from start to summary: generate a seeded cohort, play its year, print what the read models say. */
public final class DemoCohort {

    private DemoCohort() {}

    /**
     * Plays the cohort unless this system has already seen it (its first applicant exists), so a restart on the same
     * data never plays it twice.
     */
    public static void run(ServiceUrls urls, MovableClock clock, long seed, int size, Consumer<String> out) {
        var cohort = CohortGenerator.generate(seed, size);
        var first = urls.api()
                .get(urls.admissions() + "/api/v1/applications/" + cohort.get(0).studentId());
        if (first.status() == 200) {
            out.accept("The demo cohort is already in this data folder; start with --clean to play it again.");
            return;
        }
        out.accept("Playing the demo cohort: " + size + " applicants for " + CohortPlayer.PROGRAMME + " "
                + CohortPlayer.YEAR + " (seed " + seed + ")");
        long begin = System.nanoTime();
        var player = new CohortPlayer(urls, clock, line -> out.accept("  " + line));
        var graduates = player.play(cohort);
        var played = new CohortSummary.Played(cohort.size(), player.enrolledCount(), graduates.size());
        var summary = new CohortSummary(urls).lines(played);
        out.accept(String.format(
                "Demo played in %d s: %d graduates. What the read models say:",
                Duration.ofNanos(System.nanoTime() - begin).toSeconds(), graduates.size()));
        summary.forEach(out);
    }
}
