package edu.lifecycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the suite runs, so docker-compose.yml is checked statically: the images, and for
 * each service that it is built from a real module, listens where its configuration says, and is given exactly the
 * settings its configuration file (<module>.yml) reads.
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
                .containsEntry("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
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
                .containsEntry("KAFKA_CLUSTERS_0_SCHEMAREGISTRY", "http://schema-registry:8081");
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
