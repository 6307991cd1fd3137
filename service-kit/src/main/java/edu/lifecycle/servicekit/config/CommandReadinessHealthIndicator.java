package edu.lifecycle.servicekit.config;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** {@code commands} in {@code /actuator/health} and its readiness group: up once the instance answers commands. */
final class CommandReadinessHealthIndicator implements HealthIndicator {

    private final CommandReadiness readiness;

    CommandReadinessHealthIndicator(CommandReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public Health health() {
        var status = readiness.status();
        return (status.ready() ? Health.up() : Health.down())
                .withDetail("reason", status.reason())
                .withDetail("since", status.since().toString())
                .build();
    }
}
