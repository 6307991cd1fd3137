package edu.lifecycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import edu.lifecycle.localstack.BackboneInitMain;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.registry.server.security.RegistryAccess;
import edu.lifecycle.registry.server.security.RegistryAccount;
import edu.lifecycle.registry.server.security.RegistryAccounts;
import edu.lifecycle.registry.server.security.RegistryRole;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
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
 * authentication behind an authorising proxy whose rules are run here against our own registry server's, and no
 * secret written in the repository.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Spring Boot's own settings, as environment variables (relaxed binding), that compose gives every service. */
    private static final Map<String, String> BOOT_SETTINGS = Map.of(
            "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
            "management.opentelemetry.tracing.export.otlp.endpoint",
            "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
            "spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri");

    private static final Pattern PORT_DEFAULT = Pattern.compile("port: \\$\\{SERVER_PORT:(\\d+)}");
    private static final String PROXY = "registry-proxy";
    private static final String PROXY_URL = "http://registry-proxy:8081";
    private static final Path PROXY_CONFIGURATION = ROOT.resolve("ops/registry-proxy/registry-proxy.conf");
    private static final List<String> READERS = List.of(Principals.SUBSCRIBER, Principals.STUDENT_PROFILES_READER);

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
                .as("%s reaches the registry through the proxy", name)
                .containsEntry("SCHEMA_REGISTRY_URL", PROXY_URL);

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
                .contains(PROXY + "={condition=service_healthy}")
                .contains("keycloak={condition=service_healthy}");
    }

    @Test
    void theOperationsConsoleIsBuiltFromItsModuleSignsInWithKeycloakAndCallsTheFourServices() throws IOException {
        var console = service("console");
        @SuppressWarnings("unchecked")
        var build = (Map<String, Object>) console.get("build");
        assertThat(build).containsEntry("args", Map.of("SERVICE", "operations-console"));
        assertThat(Files.readString(ROOT.resolve("operations-console/pom.xml")))
                .as("the Dockerfile copies the exec jar")
                .contains("<classifier>exec</classifier>");
        assertThat(console.get("ports")).isEqualTo(List.of("8090:8090"));
        assertThat(console.get("healthcheck").toString()).contains("localhost:8090/actuator/health");

        var environment = environment("console");
        var realm = "/realms/student-lifecycle/protocol/openid-connect/";
        assertThat(environment)
                .as("the browser goes to Keycloak as localhost:8180; the console calls it as keycloak:8080")
                .containsEntry(
                        "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_LIFECYCLE_AUTHORIZATION_URI",
                        "http://localhost:8180" + realm + "auth")
                .containsEntry(
                        "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_LIFECYCLE_TOKEN_URI",
                        "http://keycloak:8080" + realm + "token")
                .containsEntry(
                        "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_LIFECYCLE_JWK_SET_URI",
                        "http://keycloak:8080" + realm + "certs")
                .containsEntry("SERVER_PORT", 8090);
        for (var name : List.of("admissions", "billing", "curriculum", "placement")) {
            var port = String.valueOf(environment(name).get("SERVER_PORT"));
            assertThat(environment)
                    .as("the console calls %s where compose runs it", name)
                    .containsEntry("LIFECYCLE_CONSOLE_" + name.toUpperCase() + "_URL", "http://" + name + ":" + port);
        }
        assertThat(environment.keySet())
                .as("the console reads neither Kafka nor the registry")
                .noneMatch(variable -> variable.startsWith("KAFKA_") || variable.startsWith("SCHEMA_REGISTRY"));
        var yml = Files.readString(ROOT.resolve("operations-console/src/main/resources/operations-console.yml"));
        assertThat(yml)
                .as("the client registration compose's variables complete")
                .contains("lifecycle:")
                .contains("client-id: lifecycle-console")
                .contains("client-authentication-method: none");
    }

    @Test
    void operatorsToolsArePinnedAndPointedAtTheSystem() throws IOException {
        for (var tool : List.of("prometheus", "grafana", "jaeger", "kafka-ui")) {
            assertThat(image(tool)).as("%s is pinned to a version", tool).matches("[^:]+:v?\\d+\\.\\d+\\.\\d+");
        }
        assertThat(image("kafka-ui")).startsWith("ghcr.io/kafbat/kafka-ui:");
        assertThat(environment("kafka-ui"))
                .containsEntry("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS", "kafka:19092")
                .containsEntry("KAFKA_CLUSTERS_0_SCHEMAREGISTRY", PROXY_URL)
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
    void theRegistryHasNoHostPortAndEveryoneReachesItThroughTheProxy() throws IOException {
        assertThat(service("schema-registry"))
                .as("Confluent's registry is reachable on the compose network only")
                .doesNotContainKey("ports");
        assertThat(image(PROXY)).as("the proxy is pinned").matches("nginx:\\d+\\.\\d+\\.\\d+-alpine");
        assertThat(service(PROXY).get("ports")).isEqualTo(List.of("8081:8081"));
        assertThat(service(PROXY).get("volumes"))
                .isEqualTo(List.of("./ops/registry-proxy/registry-proxy.conf:/etc/nginx/conf.d/default.conf:ro"));
        assertThat(service(PROXY).get("depends_on").toString()).contains("schema-registry={condition=service_healthy}");
        assertThat(service(PROXY).get("healthcheck").toString()).contains("http://127.0.0.1:8081/subjects");
        assertThat(service("kafka-ui").get("depends_on").toString()).contains(PROXY + "={condition=service_healthy}");

        @SuppressWarnings("unchecked")
        var services = (Map<String, Object>) compose.get("services");
        services.forEach((name, definition) -> {
            if (!name.equals(PROXY)) {
                assertThat(definition.toString())
                        .as("%s goes around the proxy", name)
                        .doesNotContain("//schema-registry:")
                        .doesNotContain("8081:8081");
            }
        });

        var nginx = proxyConfiguration();
        assertThat(upstream(nginx, "registry")).isEqualTo("schema-registry:8081");
        assertThat(proxyServer(nginx).first("listen").orElseThrow().args()).isEqualTo(List.of("8081"));
        assertThat(Files.readString(ROOT.resolve("compose.sh")))
                .as("a subscriber on the host is sent to the proxy's port")
                .contains("schema.registry.url=http://localhost:8081");
    }

    @Test
    void theProxyChecksTheLoginItselfFromTheGeneratedSecretsAndPassesItOnUnchanged() throws IOException {
        var command = service(PROXY).get("command").toString();
        var environment = environment(PROXY);
        assertThat(command)
                .contains("umask 077")
                .contains("> /run/registry-proxy/htpasswd")
                .contains("chown -R nginx /run/registry-proxy")
                .contains("exec nginx -g 'daemon off;'");
        for (var login : systemRegistryLogins()) {
            assertThat(command).contains(login + ":{PLAIN}%s").contains("$$" + passwordVariable(login));
            assertThat(environment).containsEntry(passwordVariable(login), secret(login));
        }

        var nginx = proxyConfiguration();
        var server = proxyServer(nginx);
        assertThat(server.first("auth_basic").orElseThrow().args()).as("realm").isEqualTo(List.of("SchemaRegistry"));
        assertThat(server.first("auth_basic_user_file").orElseThrow().args())
                .isEqualTo(List.of("/run/registry-proxy/htpasswd"));
        var toRegistry = location(server, "/");
        assertThat(toRegistry.first("auth_basic"))
                .as("no location turns the login off")
                .isEmpty();
        assertThat(toRegistry.first("proxy_pass").orElseThrow().args()).isEqualTo(List.of("http://$registry_backend"));
        assertThat(toRegistry.all("proxy_set_header").stream().map(NginxConfiguration.Directive::args))
                .contains(List.of("Authorization", "$http_authorization"))
                .contains(List.of("X-HTTP-Method-Override", ""));
        assertThat(server.all("location").stream().map(l -> l.arg(0)))
                .as("every other path is under location /")
                .containsExactlyInAnyOrder("/", "@unauthorized");
    }

    @Test
    void theProxyGivesEachSystemLoginItsRoleAndNobodyElseAny() throws IOException {
        var nginx = proxyConfiguration();
        for (var service : Principals.SERVICES) {
            assertThat(role(nginx, service)).as(service).isEqualTo("writer");
        }
        for (var reader : READERS) {
            assertThat(role(nginx, reader)).as(reader).isEqualTo("reader");
        }
        for (var stranger : List.of("", Principals.ADMIN, Principals.SCHEMA_REGISTRY, "Subscriber", "stranger")) {
            assertThat(role(nginx, stranger)).as("'%s'", stranger).isEqualTo("none");
        }
        var roles = nginx.map("registry_role");
        assertThat(roles.source()).isEqualTo("$remote_user");
        assertThat(roles.regexKeys()).as("roles are given by name only").isEmpty();
        assertThat(roles.includes())
                .as("only the tests' ContainerStack adds roles, in a folder compose mounts nothing into")
                .containsExactly("/etc/nginx/registry-proxy/roles.d/*.map");

        assertThat(nginx.map("registry_needs").defaultValue())
                .as("what is not known to read writes")
                .isEqualTo("writer");
        var backend = nginx.map("registry_backend");
        assertThat(backend.defaultValue()).as("no default allow").isEqualTo("registry_refusal");
        assertThat(backend.regexKeys()).isEmpty();
        assertThat(backend.exact())
                .containsOnlyKeys("writer:writer", "writer:reader", "reader:reader")
                .containsValue("registry")
                .allSatisfy((key, value) -> assertThat(value).isEqualTo("registry"));
        assertThat(upstream(nginx, "registry_refusal")).isEqualTo("127.0.0.1:8082");
        assertThat(refusalServer(nginx).first("listen").orElseThrow().args()).isEqualTo(List.of("127.0.0.1:8082"));
    }

    /** Method and path of requests Confluent's clients, kafka-ui and an operator send. */
    private static final List<List<String>> REQUESTS = List.of(
            List.of("GET", "/"),
            List.of("GET", "/subjects"),
            List.of("GET", "/subjects/admissions.events-edu.lifecycle.admissions.Enrolled/versions"),
            List.of("GET", "/subjects/billing.events-value/versions/latest"),
            List.of("GET", "/schemas/ids/7?fetchMaxId=false&subject=billing.events-value"),
            List.of("GET", "/schemas/guids/0b2c3e4f-0000-0000-0000-000000000000"),
            List.of("GET", "/schemas/types"),
            List.of("GET", "/config"),
            List.of("GET", "/config/billing.events-value?defaultToGlobal=true"),
            List.of("GET", "/mode"),
            List.of("GET", "/contexts"),
            List.of("HEAD", "/subjects"),
            List.of("POST", "/subjects/billing.events-value"),
            List.of("POST", "/subjects/billing.events-value?normalize=false&deleted=true"),
            List.of("POST", "/subjects/billing.events-value/versions"),
            List.of("POST", "/subjects/billing.events-value/versions?normalize=true"),
            List.of("POST", "/compatibility/subjects/billing.events-value/versions/latest?verbose=true"),
            List.of("POST", "/compatibility/subjects/billing.events-value/versions"),
            List.of("PUT", "/config"),
            List.of("PUT", "/config/billing.events-value"),
            List.of("DELETE", "/config"),
            List.of("DELETE", "/config/billing.events-value"),
            List.of("PUT", "/mode"),
            List.of("PUT", "/mode/billing.events-value"),
            List.of("DELETE", "/subjects/billing.events-value"),
            List.of("DELETE", "/subjects/billing.events-value/versions/1?permanent=true"),
            List.of("PATCH", "/subjects/billing.events-value"),
            List.of("OPTIONS", "/subjects"));

    @Test
    void theProxyDrawsTheLineWhereOurRegistryServerDrawsItInTheSameWords() throws Exception {
        var nginx = proxyConfiguration();
        var accounts = new ArrayList<RegistryAccount>();
        Principals.SERVICES.forEach(s -> accounts.add(new RegistryAccount(s, "secret-" + s, RegistryRole.WRITER)));
        READERS.forEach(r -> accounts.add(new RegistryAccount(r, "secret-" + r, RegistryRole.READER)));
        var refused = 0;
        try (var ours = new OurRegistryRules(accounts)) {
            for (var account : accounts) {
                for (var request : REQUESTS) {
                    var method = request.get(0);
                    var path = request.get(1);
                    var answer = ours.send(method, path, account);
                    var variables = requestVariables(account.name(), method, path);
                    var what = account.name() + " " + method + " " + path;

                    assertThat(nginx.evaluate("registry_backend", variables))
                            .as(what)
                            .isEqualTo(answer.statusCode() == 403 ? "registry_refusal" : "registry");
                    if (answer.statusCode() == 403) {
                        refused++;
                        assertThat(refusal(nginx, variables)).as(what).isEqualTo(answer.body());
                    } else {
                        assertThat(answer.statusCode()).as(what).isEqualTo(200);
                    }
                }
            }
            var anonymous = ours.send("POST", "/subjects/billing.events-value/versions", null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            var unauthorized = location(proxyServer(nginx), "@unauthorized");
            assertThat(unauthorized.first("return").orElseThrow().args()).containsExactly("401", anonymous.body());
            assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                    .hasValue("Basic realm=\""
                            + proxyServer(nginx)
                                    .first("auth_basic")
                                    .orElseThrow()
                                    .arg(0) + "\"");
            assertThat(unauthorized.first("default_type").orElseThrow().args())
                    .isEqualTo(anonymous.headers().allValues("Content-Type"));
        }
        assertThat(refused)
                .as("each reader is refused the 12 writes, the writers nothing")
                .isEqualTo(READERS.size() * 12);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/compatibility/../subjects/billing.events-value/versions",
                "/compatibility/subjects/billing.events-value/versions/../../../../subjects/billing.events-value/versions",
                "/compatibility/subjects/billing.events-value/versions/%2e%2e%2f%2e%2e",
                "/compatibility/subjects/billing.events-value/versions/..;/..;/x",
                "/subjects/billing.events-value%2Fversions",
                "/subjects/billing.events-value;/versions",
                "/subjects/../subjects/billing.events-value/versions",
                "/subjects/billing.events-value/versions#",
                "//subjects/billing.events-value/versions"
            })
    void aReaderCannotDressARegisterUpAsALookupOrACompatibilityTest(String path) throws IOException {
        var nginx = proxyConfiguration();

        assertThat(nginx.evaluate("registry_backend", requestVariables(Principals.SUBSCRIBER, "POST", path)))
                .isEqualTo("registry_refusal");
        assertThat(nginx.evaluate("registry_backend", requestVariables("billing", "POST", path)))
                .isEqualTo("registry");
    }

    private static Map<String, String> requestVariables(String user, String method, String uri) {
        return Map.of("remote_user", user, "request_method", method, "request_uri", uri);
    }

    private static String role(NginxConfiguration nginx, String user) {
        return nginx.evaluate("registry_role", requestVariables(user, "GET", "/"));
    }

    /** The body the refusal server answers for the request the proxy hands it. */
    private static String refusal(NginxConfiguration nginx, Map<String, String> request) {
        var answer = location(refusalServer(nginx), "/").first("return").orElseThrow();
        assertThat(answer.arg(0)).isEqualTo("403");
        return nginx.interpolate(answer.arg(1), Map.of(), request);
    }

    private static NginxConfiguration proxyConfiguration() throws IOException {
        return NginxConfiguration.read(PROXY_CONFIGURATION);
    }

    private static NginxConfiguration.Directive proxyServer(NginxConfiguration nginx) {
        return server(nginx, "8081");
    }

    private static NginxConfiguration.Directive refusalServer(NginxConfiguration nginx) {
        return server(nginx, "127.0.0.1:8082");
    }

    private static NginxConfiguration.Directive server(NginxConfiguration nginx, String listen) {
        return nginx.root().all("server").stream()
                .filter(server ->
                        server.all("listen").stream().anyMatch(l -> l.arg(0).equals(listen)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no server listens on " + listen));
    }

    private static NginxConfiguration.Directive location(NginxConfiguration.Directive server, String path) {
        return server.all("location").stream()
                .filter(location -> location.args().equals(List.of(path)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no location " + path));
    }

    private static String upstream(NginxConfiguration nginx, String name) {
        var upstream = nginx.root().all("upstream").stream()
                .filter(u -> u.arg(0).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no upstream " + name));
        assertThat(upstream.all("server")).hasSize(1);
        return upstream.first("server").orElseThrow().arg(0);
    }

    private static List<String> systemRegistryLogins() {
        var logins = new ArrayList<>(Principals.SERVICES);
        logins.addAll(READERS);
        return logins;
    }

    /** Our registry server's login and role check, in front of a route that answers every request it lets by. */
    private static final class OurRegistryRules implements AutoCloseable {

        private final HttpServer server;
        private final HttpClient http = HttpClient.newHttpClient();

        OurRegistryRules(List<RegistryAccount> accounts) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var context = server.createContext("/", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    exchange.sendResponseHeaders(200, -1);
                }
            });
            RegistryAccess.basic(RegistryAccounts.of(accounts)).install(context);
            server.start();
        }

        HttpResponse<String> send(String method, String path, RegistryAccount account) throws Exception {
            var request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
                    .method(
                            method,
                            method.equals("POST") || method.equals("PUT")
                                    ? HttpRequest.BodyPublishers.ofString("{}")
                                    : HttpRequest.BodyPublishers.noBody());
            if (account != null) {
                var login = account.name() + ":" + account.password();
                request.header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void noSecretIsWrittenInTheRepositoryAndComposeShGeneratesThemPrivately() throws IOException {
        var text = Files.readString(ROOT.resolve("docker-compose.yml"));
        var literalPassword = Pattern.compile("password=\"(?!\\$\\{|%s)[^\"]*\"");
        assertThat(literalPassword.matcher(text).find())
                .as("a password written into docker-compose.yml")
                .isFalse();
        assertThat(Pattern.compile("_(PASSWORD|SECRET): (?!\\$\\{)")
                        .matcher(text)
                        .find())
                .as("a password or client secret written into docker-compose.yml")
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
