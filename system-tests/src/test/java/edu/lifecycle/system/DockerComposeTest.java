package edu.lifecycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.localstack.BackboneInitMain;
import edu.lifecycle.localstack.backbone.Principals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the suite runs, so docker-compose.yml is checked statically: the images, and for
 * each service that it is built from a real module, listens where its configuration says, and is given exactly the
 * settings its configuration file (<module>.yml) reads; and that the backbone is closed as on the embedded default:
 * SASL on every Kafka listener, the authorizer, a one-shot provisioning of every principal, the registry's basic
 * authentication, and no secret written in the repository.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Spring Boot's own settings, as environment variables (relaxed binding), that compose gives every service. */
    private static final Map<String, String> BOOT_SETTINGS = Map.of(
            "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
            "management.opentelemetry.tracing.export.otlp.endpoint");

    private static final Pattern PORT_DEFAULT = Pattern.compile("port: \\$\\{SERVER_PORT:(\\d+)}");

    private final Map<String, Object> compose = yaml(ROOT.resolve("docker-compose.yml"));

    @Test
    void runsApacheKafkaInKraftModeAndConfluentsRegistryPinnedTo82() {
        assertThat(image("kafka")).startsWith("apache/kafka:");
        assertThat(environment("kafka")).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
        assertThat(image("schema-registry")).matches("confluentinc/cp-schema-registry:8\\.2\\.\\d+");
        assertThat(environment("schema-registry"))
                .containsEntry("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "SASL_PLAINTEXT://kafka:19092")
                .containsEntry("SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL", "backward_transitive");
        assertThat(service("kafka")).containsKey("healthcheck");
        assertThat(service("schema-registry")).containsKey("healthcheck");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admissions", "billing", "curriculum", "placement"})
    void eachServiceIsBuiltFromItsModuleAndConfiguredAsItsApplicationYmlExpects(String name) throws IOException {
        var module = name + "-service";
        var service = service(name);
        @SuppressWarnings("unchecked")
        var build = (Map<String, Object>) service.get("build");
        assertThat(build).as("%s build", name).containsEntry("args", Map.of("SERVICE", module));
        assertThat(ROOT.resolve(module).resolve("pom.xml")).exists();
        assertThat(Files.readString(ROOT.resolve(module).resolve("pom.xml")))
                .as("the Dockerfile copies the exec jar")
                .contains("<classifier>exec</classifier>");

        var applicationYml = Files.readString(ROOT.resolve(module).resolve("src/main/resources/" + module + ".yml"));
        var environment = environment(name);
        environment.keySet().stream()
                .filter(variable -> !BOOT_SETTINGS.containsKey(variable))
                .forEach(variable -> assertThat(applicationYml)
                        .as("%s reads %s", module, variable)
                        .contains("${" + variable + ":"));
        assertThat(environment)
                .as("%s sends its traces to Jaeger over OTLP/HTTP", name)
                .containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "http://jaeger:4318/v1/traces");
        assertThat(environment)
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:19092")
                .containsEntry("KAFKA_USERNAME", name)
                .containsEntry("KAFKA_PASSWORD", secret(name))
                .containsEntry("SCHEMA_REGISTRY_URL", "http://schema-registry:8081");

        var matcher = PORT_DEFAULT.matcher(applicationYml);
        assertThat(matcher.find()).as("%s has a default port", module).isTrue();
        var port = matcher.group(1);
        assertThat(String.valueOf(environment.get("SERVER_PORT"))).isEqualTo(port);
        assertThat(service.get("ports")).isEqualTo(List.of(port + ":" + port));
        assertThat(service.get("healthcheck").toString()).contains("localhost:" + port + "/actuator/health/readiness");
        assertThat(prometheusTargets()).as("Prometheus scrapes %s", name).contains(name + ":" + port);
        assertThat(service.get("depends_on").toString())
                .contains("kafka={condition=service_healthy}")
                .contains("kafka-init={condition=service_completed_successfully}")
                .contains("schema-registry={condition=service_healthy}");
    }

    @Test
    void operatorsToolsArePinnedAndPointedAtTheSystem() throws IOException {
        for (var tool : List.of("prometheus", "grafana", "jaeger", "kafka-ui")) {
            assertThat(image(tool)).as("%s is pinned to a version", tool).matches("[^:]+:v?\\d+\\.\\d+\\.\\d+");
        }
        assertThat(image("kafka-ui")).startsWith("ghcr.io/kafbat/kafka-ui:");
        assertThat(environment("kafka-ui"))
                .containsEntry("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS", "kafka:19092")
                .containsEntry("KAFKA_CLUSTERS_0_SCHEMAREGISTRY", "http://schema-registry:8081")
                .as("kafka-ui logs in as the read-only subscriber")
                .containsEntry("KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("KAFKA_CLUSTERS_0_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("KAFKA_CLUSTERS_0_SCHEMAREGISTRYAUTH_USERNAME", Principals.SUBSCRIBER)
                .containsEntry("KAFKA_CLUSTERS_0_SCHEMAREGISTRYAUTH_PASSWORD", secret(Principals.SUBSCRIBER));
        assertThat(service("prometheus").get("volumes").toString())
                .contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml");
        assertThat(yaml(ROOT.resolve("ops/prometheus/prometheus.yml")).toString())
                .contains("metrics_path=/actuator/prometheus");
        assertThat(service("grafana").get("volumes").toString())
                .contains("./ops/grafana/provisioning:/etc/grafana/provisioning")
                .contains("./ops/grafana/dashboards:/var/lib/grafana/dashboards");
        assertThat(yaml(ROOT.resolve("ops/grafana/provisioning/dashboards/dashboards.yml"))
                        .toString())
                .contains("path=/var/lib/grafana/dashboards");
        assertThat(yaml(ROOT.resolve("ops/grafana/provisioning/datasources/datasources.yml"))
                        .toString())
                .contains("url=http://prometheus:9090")
                .contains("url=http://jaeger:16686");
        assertThat(ROOT.resolve("ops/grafana/dashboards/student-lifecycle.json"))
                .exists();
        assertThat(service("jaeger").get("ports").toString())
                .contains("4318:4318")
                .contains("16686:16686");
    }

    @SuppressWarnings("unchecked")
    private String prometheusTargets() {
        return yaml(ROOT.resolve("ops/prometheus/prometheus.yml"))
                .get("scrape_configs")
                .toString();
    }

    @Test
    void kafkaTakesOnlySaslLoginsAndItsAuthorizerAllowsOnlyWhatAnAclGrants() {
        var kafka = environment("kafka");
        var protocols = Arrays.stream(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")
                        .toString()
                        .split(","))
                .map(entry -> entry.substring(entry.indexOf(':') + 1))
                .toList();

        assertThat(protocols).isNotEmpty().containsOnly("SASL_PLAINTEXT");
        assertThat(kafka)
                .containsEntry("KAFKA_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512")
                .containsEntry("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .containsEntry("KAFKA_SUPER_USERS", "User:broker;User:" + Principals.ADMIN)
                .containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:9093");
        assertThat(kafka.get("KAFKA_LISTENERS").toString()).contains("CONTROLLER://localhost:9093");
        for (var clientListener : List.of("INTERNAL", "EXTERNAL")) {
            assertThat(kafka)
                    .containsKey("KAFKA_LISTENER_NAME_" + clientListener + "_SCRAM___SHA___512_SASL_JAAS_CONFIG");
        }
        assertThat(service("kafka").get("ports"))
                .as("only the client listener is published")
                .isEqualTo(List.of("9092:9092"));
        assertThat(service("kafka").get("healthcheck").toString()).contains("--command-config");
    }

    @Test
    void aOneShotContainerProvisionsEveryPrincipalWithTheEmbeddedDefaultsCode() throws Exception {
        var init = service("kafka-init");
        @SuppressWarnings("unchecked")
        var build = (Map<String, Object>) init.get("build");
        var entrypoint = init.get("entrypoint").toString();
        var main = entrypoint.replaceAll(".*-Dloader\\.main=([\\w.]+).*", "$1");

        assertThat(build).containsEntry("args", Map.of("SERVICE", "local-stack"));
        assertThat(main).isEqualTo(BackboneInitMain.class.getName());
        assertThat(init.get("restart")).isEqualTo("no");
        assertThat(init.get("depends_on").toString()).contains("kafka={condition=service_healthy}");
        var environment = environment("kafka-init");
        assertThat(environment).containsEntry("BROKER_PASSWORD", secret("broker"));
        for (var principal : Principals.all()) {
            assertThat(environment).containsEntry(passwordVariable(principal), secret(principal));
        }
    }

    @Test
    void confluentsRegistryAsksForBasicLoginsTheWayConfluentDocumentsIt() {
        var registry = environment("schema-registry");
        var command = service("schema-registry").get("command").toString();

        assertThat(registry)
                .containsEntry("SCHEMA_REGISTRY_AUTHENTICATION_METHOD", "BASIC")
                .containsEntry("SCHEMA_REGISTRY_AUTHENTICATION_REALM", "SchemaRegistry-Props")
                .containsEntry("SCHEMA_REGISTRY_AUTHENTICATION_ROLES", "writer,reader")
                .containsEntry("SCHEMA_REGISTRY_KAFKASTORE_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("SCHEMA_REGISTRY_KAFKASTORE_SASL_MECHANISM", "SCRAM-SHA-512");
        assertThat(registry.get("SCHEMA_REGISTRY_KAFKASTORE_SASL_JAAS_CONFIG").toString())
                .contains("username=\"" + Principals.SCHEMA_REGISTRY + "\"")
                .contains(secret(Principals.SCHEMA_REGISTRY));
        assertThat(registry.get("SCHEMA_REGISTRY_OPTS").toString())
                .isEqualTo("-Djava.security.auth.login.config=/tmp/registry/jaas.conf");
        // Confluent Platform 8 runs Jetty 12: the login module moved to org.eclipse.jetty.security.jaas.
        assertThat(command)
                .contains("SchemaRegistry-Props {")
                .contains("org.eclipse.jetty.security.jaas.spi.PropertyFileLoginModule required")
                .contains("> /tmp/registry/jaas.conf");
        for (var service : Principals.SERVICES) {
            assertThat(command).contains(service + ": %s,writer");
            assertThat(registry).containsEntry(passwordVariable(service), secret(service));
        }
        for (var reader : List.of(Principals.SUBSCRIBER, Principals.STUDENT_PROFILES_READER)) {
            assertThat(command).contains(reader + ": %s,reader");
            assertThat(registry).containsEntry(passwordVariable(reader), secret(reader));
        }
        assertThat(command).contains("$$" + passwordVariable(Principals.SUBSCRIBER));
        assertThat(service("schema-registry").get("healthcheck").toString()).contains("curl -fs -u");
    }

    @Test
    void noSecretIsWrittenInTheRepositoryAndComposeShGeneratesThemPrivately() throws IOException {
        var text = Files.readString(ROOT.resolve("docker-compose.yml"));
        var literalPassword = Pattern.compile("password=\"(?!\\$\\{|%s)[^\"]*\"");
        assertThat(literalPassword.matcher(text).find())
                .as("a password written into docker-compose.yml")
                .isFalse();
        assertThat(Pattern.compile("_PASSWORD: (?!\\$\\{)").matcher(text).find())
                .isFalse();

        var script = Files.readString(ROOT.resolve("compose.sh"));
        assertThat(script).contains("umask 077").contains(".data/compose").contains("--env-file");
        assertThat(script).contains("BROKER");
        for (var principal : Principals.all()) {
            assertThat(script).contains(passwordVariable(principal).replace("_PASSWORD", ""));
        }
        assertThat(Files.isExecutable(ROOT.resolve("compose.sh"))).isTrue();
    }

    private static String passwordVariable(String principal) {
        return principal.toUpperCase(Locale.ROOT).replace('-', '_') + "_PASSWORD";
    }

    /** How compose is given a principal's password: from compose.sh's environment file, never written here. */
    private static String secret(String principal) {
        return "${" + passwordVariable(principal) + ":?start through ./compose.sh}";
    }

    @Test
    void theDockerfileCopiesTheServicesRunnableJar() throws IOException {
        assertThat(Files.readString(ROOT.resolve("Dockerfile")))
                .contains("ARG SERVICE")
                .contains("COPY ${SERVICE}/target/${SERVICE}-*-exec.jar");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        var services = (Map<String, Object>) compose.get("services");
        assertThat(services).as("services").containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    private String image(String name) {
        return (String) service(name).get("image");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> environment(String name) {
        return (Map<String, Object>) service(name).get("environment");
    }

    private static Map<String, Object> yaml(Path file) {
        try (var reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
