package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.support.GenericApplicationContext;

class UnreadyPartsTest {

    @Test
    void namesEachIndicatorThatIsNotUpWithItsDetailsAndLeavesOutThoseThatAre() {
        try (var context = new GenericApplicationContext()) {
            context.registerBean(
                    "streams", HealthIndicator.class, () -> () -> Health.up().build());
            context.registerBean(
                    "commands",
                    HealthIndicator.class,
                    () -> () -> Health.down()
                            .withDetail("reason", "no answer yet to a command on partition 2")
                            .build());
            context.registerBean("registry", HealthIndicator.class, () -> () -> {
                throw new IllegalStateException("registry unreachable");
            });
            context.refresh();

            assertThat(UnreadyParts.of(context))
                    .contains("commands DOWN {reason=no answer yet to a command on partition 2}")
                    .contains("registry failed: java.lang.IllegalStateException: registry unreachable")
                    .doesNotContain("streams");
        }
    }

    @Test
    void saysSoWhenEveryIndicatorIsUp() {
        try (var context = new GenericApplicationContext()) {
            context.registerBean(
                    "streams", HealthIndicator.class, () -> () -> Health.up().build());
            context.refresh();

            assertThat(UnreadyParts.of(context)).isEqualTo("every health indicator is up");
        }
    }
}
