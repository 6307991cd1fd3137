package edu.lifecycle.servicekit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class KitEnvironmentDefaultsTest {

    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    @Test
    void aResourceServerKeepsTheAuthorizationServersAutoConfigurationsOutAddedToItsOwnExclusions() {
        var environment = environment(
                Map.of(KitEnvironmentDefaults.ISSUER_URI, "http://127.0.0.1:9000", EXCLUDE, "com.example.Mine"));

        new KitEnvironmentDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(EXCLUDE))
                .contains(
                        "com.example.Mine",
                        "servlet.OAuth2AuthorizationServerAutoConfiguration",
                        "servlet.OAuth2AuthorizationServerJwtAutoConfiguration");
    }

    @Test
    void aServiceWhoseIssuerIsGivenOnlyAtStartIsAResourceServerAlready() {
        // As a service's configuration file reads it before the launcher or a test supplies the value.
        var environment = environment(Map.of(KitEnvironmentDefaults.ISSUER_URI, ""));

        new KitEnvironmentDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(EXCLUDE)).contains("servlet.OAuth2AuthorizationServerAutoConfiguration");
    }

    @Test
    void anApplicationThatIsNoResourceServerKeepsTheAuthorizationServer() {
        var environment = environment(Map.of());

        new KitEnvironmentDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(EXCLUDE)).isNull();
        assertThat(environment.getProperty("management.endpoint.health.roles"))
                .isEqualTo("operations-viewer,operations-engineer");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences"))
                .isEqualTo("student-lifecycle");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
