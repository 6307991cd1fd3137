package edu.lifecycle.servicekit.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentOutcomesTest {

    private static final Instant AT = Instant.parse("2026-09-01T08:00:00Z");

    @Test
    void findsWhatTheListenerRemembered() {
        var recent = new RecentOutcomes(10);
        var outcome = CommandOutcome.failed("cmd-1", "student-1", AT);

        recent.remember(outcome);

        assertThat(recent.find("cmd-1")).contains(outcome);
        assertThat(recent.find("cmd-2")).isEmpty();
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        var recent = new RecentOutcomes(2);

        recent.remember(CommandOutcome.failed("cmd-1", "student-1", AT));
        recent.remember(CommandOutcome.failed("cmd-2", "student-1", AT));
        recent.remember(CommandOutcome.failed("cmd-3", "student-1", AT));

        assertThat(recent.find("cmd-1")).isEmpty();
        assertThat(recent.find("cmd-2")).isPresent();
        assertThat(recent.find("cmd-3")).isPresent();
    }
}
