package edu.lifecycle.servicekit.config;

import edu.lifecycle.servicekit.security.Roles;
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
        // The overall status for everyone (probes need nothing more, ADR 12); components and their details (Streams
        // state per application, lag, why not ready) only for a token with an operations role, as the rest of the
        // actuator (AccessRules): Boot asks request.isUserInRole, i.e. authority ROLE_operations-viewer or
        // ROLE_operations-engineer. Which parts a service has is not public.
        defaults.put("management.endpoint.health.show-components", "when-authorized");
        defaults.put("management.endpoint.health.show-details", "when-authorized");
        defaults.put("management.endpoint.health.roles", Roles.OPERATIONS_VIEWER + "," + Roles.OPERATIONS_ENGINEER);
        // Tokens must be meant for this system (ADR 12); Boot's decoder checks it with the issuer.
        defaults.put("spring.security.oauth2.resourceserver.jwt.audiences", "student-lifecycle");
        // Swagger UI signs in as the public browser client, with the authorization code and PKCE.
        defaults.put("springdoc.swagger-ui.oauth.client-id", "lifecycle-console");
        defaults.put("springdoc.swagger-ui.oauth.use-pkce-with-authorization-code-grant", true);
        // Four services share one JVM in the launcher and in tests: each keeps its meters in its own registry.
        defaults.put("management.metrics.use-global-registry", false);
        defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", true);
        // Every command is worth its trace at this school's volume; export stays off until an OTLP endpoint is set
        // (management.opentelemetry.tracing.export.otlp.endpoint, as docker-compose.yml sets it).
        defaults.put("management.tracing.sampling.probability", 1.0);
        return Map.copyOf(defaults);
    }

    /**
     * In the one-JVM launcher the authorization server's jar is on the classpath: its auto-configurations would put
     * a second security filter chain, a JWKSource and a JwtDecoder into a service. Excluded from every application
     * configured as a resource server, and only there, so the embedded provider keeps them. A service names the
     * issuer property in its configuration file even when its value comes later (the launcher and the tests set it
     * just before the context starts, after this runs), so the property's presence is what tells.
     */
    static final String AUTHORIZATION_SERVER_EXCLUSIONS = String.join(
            ",",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet."
                    + "OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet."
                    + "OAuth2AuthorizationServerJwtAutoConfiguration");

    static final String EXCLUDE = "spring.autoconfigure.exclude";
    static final String EXCLUSIONS_SOURCE = "lifecycle-kit-exclusions";
    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>(DEFAULTS);
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
        if (environment.containsProperty(ISSUER_URI)) {
            // Added to what the application excludes itself, not replaced by it.
            String own = environment.getProperty(EXCLUDE);
            String all = own == null || own.isBlank()
                    ? AUTHORIZATION_SERVER_EXCLUSIONS
                    : own + "," + AUTHORIZATION_SERVER_EXCLUSIONS;
            environment.getPropertySources().addFirst(new MapPropertySource(EXCLUSIONS_SOURCE, Map.of(EXCLUDE, all)));
        }
    }
}
