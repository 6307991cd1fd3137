package edu.lifecycle.launcher;

import java.util.ArrayList;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;

/**
 * Why a service started in this JVM is not ready, asked of its health indicators directly: over HTTP an anonymous
 * caller sees only the overall status (ADR 12), and "did not become ready" alone left a failed start unexplained.
 */
final class UnreadyParts {

    private UnreadyParts() {}

    static String of(ApplicationContext context) {
        var parts = new ArrayList<String>();
        context.getBeansOfType(HealthIndicator.class).forEach((name, indicator) -> {
            try {
                var health = indicator.health(true);
                if (!Status.UP.equals(health.getStatus())) {
                    parts.add(name + " " + health.getStatus() + " " + health.getDetails());
                }
            } catch (RuntimeException e) {
                parts.add(name + " failed: " + e);
            }
        });
        return parts.isEmpty() ? "every health indicator is up" : String.join("; ", parts);
    }
}
