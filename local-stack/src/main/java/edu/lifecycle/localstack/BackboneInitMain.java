package edu.lifecycle.localstack;

import edu.lifecycle.localstack.backbone.BackboneAcls;
import edu.lifecycle.localstack.backbone.BackboneProvisioner;
import edu.lifecycle.localstack.backbone.Login;
import edu.lifecycle.localstack.backbone.Principals;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Provisions a Kafka cluster that is not the embedded one, as compose's one-shot init container does: the same users
 * and ACLs as the local stack, from passwords given in the environment ({@code <PRINCIPAL>_PASSWORD}, e.g.
 * {@code BILLING_PASSWORD}, {@code STUDENT_PROFILES_READER_PASSWORD}).
 *
 * <p>The administrator's SCRAM user is created first, logged in as the broker itself (SASL/PLAIN on the broker's own
 * listener, {@code KAFKA_BROKER_LISTENER}): no SCRAM user exists yet to do it. Everything else is done as the
 * administrator, on {@code KAFKA_BOOTSTRAP_SERVERS}. Run again, it changes nothing.
 */
public final class BackboneInitMain {

    static final int EXIT_FAILED = 1;
    static final int EXIT_BAD_ENVIRONMENT = 64;

    private BackboneInitMain() {}

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.out, System.err));
    }

    static int run(Map<String, String> environment, PrintStream out, PrintStream err) {
        Settings settings;
        try {
            settings = Settings.from(environment);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return EXIT_BAD_ENVIRONMENT;
        }
        try {
            try (var asBroker = new BackboneProvisioner(settings.brokerClient())) {
                asBroker.ensureUsers(List.of(settings.admin()));
            }
            var acls = BackboneAcls.system("_schemas");
            try (var asAdmin = new BackboneProvisioner(settings.admin().kafkaClient(settings.bootstrapServers()))) {
                asAdmin.ensureUsers(settings.logins());
                asAdmin.grant(acls);
            }
            out.println("Provisioned the backbone: " + settings.logins().size() + " users, " + acls.size() + " ACLs");
            return 0;
        } catch (RuntimeException e) {
            err.println("error: cannot provision the backbone: " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    /** What the environment gives: where Kafka is, the broker's secret and every principal's password. */
    record Settings(String bootstrapServers, String brokerListener, String brokerPassword, List<Login> logins) {

        static Settings from(Map<String, String> environment) {
            var missing = new ArrayList<String>();
            var bootstrap = required(environment, "KAFKA_BOOTSTRAP_SERVERS", missing);
            var brokerListener = required(environment, "KAFKA_BROKER_LISTENER", missing);
            var brokerPassword = required(environment, passwordVariable("broker"), missing);
            var logins = new ArrayList<Login>();
            for (var principal : Principals.all()) {
                var password = required(environment, passwordVariable(principal), missing);
                logins.add(new Login(principal, password == null ? "" : password));
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("set " + String.join(", ", missing));
            }
            return new Settings(bootstrap, brokerListener, brokerPassword, List.copyOf(logins));
        }

        /** {@code student-profiles-reader} reads {@code STUDENT_PROFILES_READER_PASSWORD}. */
        static String passwordVariable(String principal) {
            return principal.toUpperCase(Locale.ROOT).replace('-', '_') + "_PASSWORD";
        }

        private static String required(Map<String, String> environment, String name, List<String> missing) {
            var value = environment.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
                return null;
            }
            return value;
        }

        Login admin() {
            return logins.stream()
                    .filter(login -> login.user().equals(Principals.ADMIN))
                    .findFirst()
                    .orElseThrow();
        }

        Map<String, Object> brokerClient() {
            return Map.of(
                    "bootstrap.servers",
                    brokerListener,
                    "security.protocol",
                    Login.SECURITY_PROTOCOL,
                    "sasl.mechanism",
                    "PLAIN",
                    "sasl.jaas.config",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"broker\" password=\""
                            + brokerPassword + "\";");
        }

        /** Never the passwords. */
        @Override
        public String toString() {
            return "Settings[" + bootstrapServers + ", broker listener " + brokerListener + ", " + logins + "]";
        }
    }
}
