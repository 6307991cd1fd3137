package edu.lifecycle.servicekit.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Spring Boot settings every service gets from the kit, so that no service repeats them; each is a default that the
 * service's own configuration, the environment or the command line overrides (this source comes last).
 */
public final class KitEnvironmentDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "lifecycle-kit-defaults";

    static final Map<String, Object> DEFAULTS = defaults();

    private static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        // What operators scrape and probe; the rest of the actuator stays closed.
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        // Liveness: the JVM is worth keeping. Readiness: the instance answers commands (see CommandReadiness).
        defaults.put("management.endpoint.health.probes.enabled", true);
        defaults.put("management.endpoint.health.group.liveness.include", "livenessState");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,commands");
        // Components and their status for everyone; details (Streams state per application, lag, why not ready) only
        // for the operations role, once the services authenticate requests (the security issue). Until then no
        // request is authorized and the details stay hidden; the one-JVM launcher shows them on its loopback address.
        defaults.put("management.endpoint.health.show-components", "always");
        defaults.put("management.endpoint.health.show-details", "when-authorized");
        defaults.put("management.endpoint.health.roles", "OPERATIONS");
        // Four services share one JVM in the launcher and in tests: each keeps its meters in its own registry.
        defaults.put("management.metrics.use-global-registry", false);
        defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", true);
        // Every command is worth its trace at this school's volume; export stays off until an OTLP endpoint is set
        // (management.opentelemetry.tracing.export.otlp.endpoint, as docker-compose.yml sets it).
        defaults.put("management.tracing.sampling.probability", 1.0);
        return Map.copyOf(defaults);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, new LinkedHashMap<>(DEFAULTS)));
    }
}
