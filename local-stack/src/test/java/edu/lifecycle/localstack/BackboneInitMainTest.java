package edu.lifecycle.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.localstack.backbone.Principals;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackboneInitMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void namesEveryMissingSettingAtOnceAndStopsBeforeTouchingKafka() {
        var environment = new HashMap<String, String>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", "kafka:19092");
        environment.put("BILLING_PASSWORD", "billingSecret0123456789");

        int exit = run(environment);

        assertThat(exit).isEqualTo(BackboneInitMain.EXIT_BAD_ENVIRONMENT);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("KAFKA_BROKER_LISTENER")
                .contains("BROKER_PASSWORD")
                .contains("ADMIN_PASSWORD")
                .contains("STUDENT_PROFILES_READER_PASSWORD")
                .contains("SCHEMA_REGISTRY_PASSWORD")
                .doesNotContain("BILLING_PASSWORD")
                .doesNotContain("billingSecret0123456789");
    }

    @Test
    void readsOnePasswordVariablePerPrincipal() {
        var environment = new HashMap<String, String>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", "kafka:19092");
        environment.put("KAFKA_BROKER_LISTENER", "kafka:19093");
        environment.put("BROKER_PASSWORD", "brokerSecret");
        Principals.all()
                .forEach(principal ->
                        environment.put(BackboneInitMain.Settings.passwordVariable(principal), principal + "Secret"));

        var settings = BackboneInitMain.Settings.from(environment);

        assertThat(settings.logins()).hasSize(Principals.all().size());
        assertThat(settings.admin().password()).isEqualTo("adminSecret");
        assertThat(settings.toString()).doesNotContain("Secret");
    }

    private int run(Map<String, String> environment) {
        return BackboneInitMain.run(
                environment,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
