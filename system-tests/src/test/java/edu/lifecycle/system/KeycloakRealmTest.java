package edu.lifecycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.lifecycle.identity.Clients;
import edu.lifecycle.identity.DemoUser;
import edu.lifecycle.identity.DemoUsers;
import edu.lifecycle.identity.Roles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose's identity provider, checked statically as the rest of the compose file (no Docker engine here):
 * Keycloak's realm (ops/keycloak/realm.json) gives the same roles, clients, demo users and token contract as the
 * embedded provider (ADR 12); every service and Prometheus are pointed at one issuer that a browser and a container
 * both see in the tokens; and no secret is written in the repository, only placeholders that compose.sh's generated
 * credentials fill.
 */
class KeycloakRealmTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /**
     * The token contract as the embedded provider defines it: Keycloak's realm must mirror it, so the lists are read
     * from there, never copied.
     */
    private static final List<String> ROLES = Roles.ALL;
    /** Every staff role that runs the lifecycle, not erasure: what the integration client may do. */
    private static final List<String> INTEGRATION_ROLES = Roles.INTEGRATION;

    private static final List<String> STAFF_ROLES =
            ROLES.stream().filter(role -> !role.equals(Roles.STUDENT)).toList();
    private static final String AUDIENCE = Clients.AUDIENCE;
    private static final String INTEGRATION = Clients.INTEGRATION;
    private static final String CONSOLE = Clients.CONSOLE;
    private static final String METRICS = Clients.METRICS;
    private static final String OPERATIONS = Clients.OPERATIONS;
    /** The embedded provider's demo students: username, student id. */
    private static final Map<String, String> STUDENTS = DemoUsers.ALL.stream()
            .filter(user -> user.studentId().isPresent())
            .collect(Collectors.toMap(
                    DemoUser::username, user -> user.studentId().orElseThrow()));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private static final String METRICS_SECRET_FILE = "/run/prometheus/lifecycle-metrics.secret";

    // JSON is YAML: SnakeYAML reads the realm file, as it reads the compose file.
    private final Map<String, Object> realm = yaml(ROOT.resolve("ops/keycloak/realm.json"));
    private final Map<String, Object> compose = yaml(ROOT.resolve("docker-compose.yml"));

    @Test
    void theRealmDefinesExactlyTheEightRolesOfTheTokenContract() {
        assertThat(realm).containsEntry("realm", AUDIENCE).containsEntry("enabled", true);
        var roles = maps(map(realm.get("roles")).get("realm")).stream()
                .map(role -> role.get("name"))
                .toList();

        assertThat(roles).containsExactlyInAnyOrderElementsOf(ROLES);
        assertThat(map(realm.get("roles")))
                .as("no client roles: the services read realm roles")
                .hasSize(1);
    }

    @Test
    void theIntegrationClientIsConfidentialAndItsServiceAccountActsInTheFiveStaffRoles() {
        var integration = client(INTEGRATION);

        assertThat(integration)
                .containsEntry("publicClient", false)
                .containsEntry("clientAuthenticatorType", "client-secret")
                .containsEntry("serviceAccountsEnabled", true)
                .as("client credentials only")
                .containsEntry("standardFlowEnabled", false)
                .containsEntry("implicitFlowEnabled", false)
                .containsEntry("directAccessGrantsEnabled", false);
        assertThat((String) integration.get("secret")).matches(PLACEHOLDER);
        assertThat(serviceAccountRoles(INTEGRATION)).containsExactlyInAnyOrderElementsOf(INTEGRATION_ROLES);
    }

    @Test
    void theConsoleIsPublicSignsInWithTheCodeFlowAndPkceS256AndReturnsToEachSwaggerUiAndTheOperationsConsole() {
        var console = client(CONSOLE);

        assertThat(console)
                .containsEntry("publicClient", true)
                .containsEntry("standardFlowEnabled", true)
                .as("no token without the code flow and its PKCE check")
                .containsEntry("implicitFlowEnabled", false)
                .containsEntry("directAccessGrantsEnabled", false)
                .containsEntry("serviceAccountsEnabled", false)
                .doesNotContainKey("secret");
        assertThat(map(console.get("attributes"))).containsEntry("pkce.code.challenge.method", "S256");
        var swaggerUis = IntStream.rangeClosed(8091, 8094)
                .mapToObj(port -> "http://localhost:" + port + "/swagger-ui/oauth2-redirect.html")
                .toList();
        assertThat(strings(console.get("redirectUris")))
                .containsAll(swaggerUis)
                .as("exact redirect URIs only: a wildcard lets a code go elsewhere")
                .contains("http://localhost:8090/login/oauth2/code/lifecycle")
                .allSatisfy(
                        uri -> assertThat(uri)
                                .doesNotContain("*")
                                .matches(
                                        ".*/swagger-ui/oauth2-redirect.html|http://(localhost|127.0.0.1):8090/login/oauth2/code/lifecycle"));
        assertThat(strings(console.get("webOrigins")))
                .as("Swagger UI posts the code from its own origin: the redirect URIs' origins")
                .containsExactly("+");
    }

    @Test
    void theMetricsClientIsConfidentialWithOnlyOperationsViewer() {
        var metrics = client(METRICS);

        assertThat(metrics)
                .containsEntry("publicClient", false)
                .containsEntry("serviceAccountsEnabled", true)
                .containsEntry("standardFlowEnabled", false)
                .containsEntry("directAccessGrantsEnabled", false);
        assertThat((String) metrics.get("secret")).matches(PLACEHOLDER);
        assertThat(serviceAccountRoles(METRICS)).containsExactly("operations-viewer");
    }

    @Test
    void theOperationsClientIsConfidentialWithOnlyOperationsEngineer() {
        var operations = client(OPERATIONS);

        assertThat(operations)
                .containsEntry("publicClient", false)
                .containsEntry("clientAuthenticatorType", "client-secret")
                .containsEntry("serviceAccountsEnabled", true)
                .containsEntry("standardFlowEnabled", false)
                .containsEntry("implicitFlowEnabled", false)
                .containsEntry("directAccessGrantsEnabled", false);
        assertThat((String) operations.get("secret")).matches(PLACEHOLDER);
        assertThat(serviceAccountRoles(OPERATIONS))
                .as("replays, purges and audits; the scrape client's secret, which Prometheus keeps, cannot")
                .containsExactly(Roles.OPERATIONS_ENGINEER);
    }

    @Test
    void theRealmHasExactlyTheFourClientsOfTheEmbeddedProvider() {
        assertThat(maps(realm.get("clients")).stream().map(client -> client.get("clientId")))
                .containsExactlyInAnyOrder(INTEGRATION, CONSOLE, METRICS, OPERATIONS);
    }

    @Test
    void everyTokenNamesTheAudienceAndCarriesTheRolesWhereTheServicesReadThem() {
        for (var clientId : List.of(INTEGRATION, CONSOLE, METRICS, OPERATIONS)) {
            var audience = mappers(clientId, "oidc-audience-mapper");
            assertThat(audience).as("%s's audience mapper", clientId).hasSize(1);
            assertThat(map(audience.get(0).get("config")))
                    .containsEntry("included.custom.audience", AUDIENCE)
                    .containsEntry("access.token.claim", "true");
            assertThat(client(clientId))
                    .as("%s keeps Keycloak's default scopes, whose 'roles' scope writes realm_access.roles", clientId)
                    .doesNotContainKeys("defaultClientScopes", "fullScopeAllowed");
        }
        assertThat(realm)
                .as(
                        "Keycloak creates its default client scopes (roles, profile, basic ...) for a realm that names none")
                .doesNotContainKeys("clientScopes", "defaultDefaultClientScopes");
    }

    @Test
    void aStudentsTokenCarriesTheStudentIdOnlyAnAdministratorSets() {
        var studentId = mappers(CONSOLE, "oidc-usermodel-attribute-mapper");
        assertThat(studentId).hasSize(1);
        assertThat(map(studentId.get(0).get("config")))
                .containsEntry("user.attribute", "student_id")
                .containsEntry("claim.name", "student_id")
                .containsEntry("access.token.claim", "true")
                .containsEntry("jsonType.label", "String");

        // Keycloak 24+ ignores attributes its user profile does not declare; declared, editable by admins only, so a
        // student cannot change whose data their token reads.
        var profile = maps(map(realm.get("components")).get("org.keycloak.userprofile.UserProfileProvider"));
        assertThat(profile).hasSize(1);
        var configuration = yaml(strings(map(profile.get(0).get("config")).get("kc.user.profile.config"))
                .get(0));
        var attribute = maps(configuration.get("attributes")).stream()
                .filter(a -> a.get("name").equals("student_id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the user profile declares no student_id"));
        assertThat(strings(map(attribute.get("permissions")).get("edit"))).containsExactly("admin");
    }

    @Test
    void oneDemoUserPerStaffRoleNamedAfterItAndTheTwoDemoStudentsWithTheirIds() {
        var people = maps(realm.get("users")).stream()
                .filter(user -> !user.containsKey("serviceAccountClientId"))
                .toList();
        var expected = new ArrayList<>(STAFF_ROLES);
        expected.addAll(List.of("student", "student2"));

        assertThat(people.stream().map(user -> user.get("username"))).containsExactlyInAnyOrderElementsOf(expected);
        for (var user : people) {
            var username = (String) user.get("username");
            var role = STUDENTS.containsKey(username) ? "student" : username;
            assertThat(strings(user.get("realmRoles"))).as(username).containsExactly(role);
            assertThat(user).as(username).containsEntry("enabled", true);
            assertThat(strings(user.get("requiredActions")))
                    .as("%s signs in without first updating a profile", username)
                    .isEmpty();
            var credentials = maps(user.get("credentials"));
            assertThat(credentials).as(username).hasSize(1);
            assertThat(credentials.get(0)).containsEntry("type", "password").containsEntry("temporary", false);
            assertThat((String) credentials.get(0).get("value")).as(username).matches(PLACEHOLDER);
            if (STUDENTS.containsKey(username)) {
                assertThat(map(user.get("attributes"))).containsEntry("student_id", List.of(STUDENTS.get(username)));
            } else {
                assertThat(user).as("staff have no student id").doesNotContainKey("attributes");
            }
        }
    }

    @Test
    void noSecretOrPasswordIsWrittenInTheRealmOnlyPlaceholdersThatComposeGivesKeycloak() throws IOException {
        var values = new ArrayList<String>();
        collectSecrets(realm, values);
        assertThat(values).as("client secrets and user passwords").hasSize(3 + DemoUsers.ALL.size());
        assertThat(values).allSatisfy(value -> assertThat(value).matches(PLACEHOLDER));

        var keycloak = environment("keycloak");
        var placeholders = placeholders(Files.readString(ROOT.resolve("ops/keycloak/realm.json")));
        assertThat(placeholders).hasSize(values.size());
        for (var variable : placeholders) {
            assertThat(keycloak)
                    .as("Keycloak's import replaces ${%s} from its environment", variable)
                    .containsEntry(variable, generated(variable));
        }
        assertThat(keycloak).containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", generated("KEYCLOAK_ADMIN_PASSWORD"));
    }

    @Test
    void keycloakIsPinnedImportsTheRealmAndGivesBrowsersAndContainersOneIssuer() {
        var keycloak = service("keycloak");
        var environment = environment("keycloak");

        assertThat((String) keycloak.get("image")).matches("quay\\.io/keycloak/keycloak:26\\.\\d+\\.\\d+");
        assertThat(strings(keycloak.get("command"))).contains("--import-realm");
        assertThat(strings(keycloak.get("volumes")))
                .containsExactly("./ops/keycloak/realm.json:/opt/keycloak/data/import/realm.json:ro");
        assertThat(environment)
                .containsEntry("KC_HEALTH_ENABLED", "true")
                .as("the endpoints a container calls answer at the address it called")
                .containsEntry("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true");
        assertThat(keycloak.get("healthcheck").toString()).contains("/health/ready");

        // The issuer is fixed to the URL a browser on the host uses: the published port, on localhost.
        var hostname = URI.create((String) environment.get("KC_HOSTNAME"));
        assertThat(hostname.getHost()).isEqualTo("localhost");
        assertThat(strings(keycloak.get("ports")))
                .containsExactly(hostname.getPort() + ":" + backchannel().getPort());
        assertThat(issuer()).isEqualTo(hostname + "/realms/" + realm.get("realm"));
        assertThat(backchannel().getHost())
                .as("containers reach Keycloak by its service name")
                .isEqualTo("keycloak");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admissions", "billing", "curriculum", "placement"})
    void eachServiceAcceptsTheRealmsTokensAndStartsAfterKeycloak(String name) {
        var environment = environment(name);

        assertThat(environment)
                .as("%s checks iss against the issuer every token names", name)
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", issuer())
                .as("%s fetches the keys on the compose network", name)
                .containsEntry(
                        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI",
                        realmOnTheNetwork() + "/protocol/openid-connect/certs");
        assertThat(map(map(service(name).get("depends_on")).get("keycloak")))
                .containsEntry("condition", "service_healthy");
    }

    @Test
    void prometheusScrapesWithATokenOfTheMetricsClient() {
        var scrape = maps(yaml(ROOT.resolve("ops/prometheus/prometheus.yml")).get("scrape_configs"));
        assertThat(scrape).hasSize(1);
        var oauth2 = map(scrape.get(0).get("oauth2"));

        assertThat(oauth2)
                .containsEntry("client_id", METRICS)
                .containsEntry("token_url", realmOnTheNetwork() + "/protocol/openid-connect/token")
                .containsEntry("client_secret_file", METRICS_SECRET_FILE)
                .doesNotContainKey("client_secret");
        var prometheus = service("prometheus");
        assertThat(environment("prometheus"))
                .containsEntry("LIFECYCLE_METRICS_SECRET", generated("LIFECYCLE_METRICS_SECRET"));
        assertThat(prometheus.get("entrypoint").toString())
                .contains("umask 077")
                .contains("\"$$LIFECYCLE_METRICS_SECRET\" > " + METRICS_SECRET_FILE)
                .contains("exec /bin/prometheus --config.file=/etc/prometheus/prometheus.yml");
        assertThat(strings(prometheus.get("tmpfs")))
                .containsExactly(Path.of(METRICS_SECRET_FILE).getParent() + ":uid=65534,gid=65534,mode=0700");
        assertThat(map(map(prometheus.get("depends_on")).get("keycloak")))
                .containsEntry("condition", "service_healthy");
    }

    @Test
    void composeShGeneratesEverySecretComposeNeedsPrivatelyAndKeepsThoseItHas(@TempDir Path folder) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.copy(ROOT.resolve("compose.sh"), folder.resolve("compose.sh"));
        var bin = Files.createDirectories(folder.resolve("bin"));
        Files.writeString(bin.resolve("docker"), "#!/bin/sh\necho \"docker $*\"\n");
        bin.resolve("docker").toFile().setExecutable(true);

        var first = runComposeSh(folder, bin);
        var credentials = folder.resolve(".data/compose/credentials.env");
        var generated = readCredentials(credentials);

        var needed = placeholders(compose.toString()); // values only: comments are not interpolated;
        assertThat(needed)
                .contains("KEYCLOAK_ADMIN_PASSWORD", "LIFECYCLE_INTEGRATION_SECRET", "DEMO_STUDENT2_PASSWORD");
        assertThat(generated.keySet()).containsAll(needed);
        assertThat(generated.values()).allSatisfy(value -> assertThat(value).matches("[A-Za-z0-9]{24}"));
        assertThat(Files.getPosixFilePermissions(credentials))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(first)
                .contains("docker compose --env-file .data/compose/credentials.env up")
                .contains("http://localhost:8180")
                .contains(".data/compose/credentials.env")
                .doesNotContain(generated.get("KEYCLOAK_ADMIN_PASSWORD"));

        // A file from before Keycloak: its passwords are kept, the new ones added.
        var older = new LinkedHashMap<>(generated);
        older.keySet().removeIf(variable -> !variable.endsWith("_PASSWORD") || variable.startsWith("DEMO_"));
        older.remove("KEYCLOAK_ADMIN_PASSWORD");
        var lines = new StringBuilder();
        older.forEach((variable, value) ->
                lines.append(variable).append('=').append(value).append('\n'));
        Files.writeString(credentials, lines);
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));

        runComposeSh(folder, bin);
        var completed = readCredentials(credentials);
        assertThat(completed).containsAllEntriesOf(older);
        assertThat(completed.keySet()).containsAll(needed);
    }

    private static String runComposeSh(Path folder, Path bin) throws Exception {
        var process = new ProcessBuilder("sh", folder.resolve("compose.sh").toString(), "up")
                .directory(folder.toFile())
                .redirectErrorStream(true);
        process.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        var started = process.start();
        assertThat(started.waitFor(30, TimeUnit.SECONDS))
                .as("compose.sh finished")
                .isTrue();
        var output = new String(started.getInputStream().readAllBytes());
        assertThat(started.exitValue()).as(output).isZero();
        return output;
    }

    private static Map<String, String> readCredentials(Path file) throws IOException {
        var values = new LinkedHashMap<String, String>();
        for (var line : Files.readAllLines(file)) {
            var equals = line.indexOf('=');
            assertThat(equals).as(line).isPositive();
            assertThat(values.put(line.substring(0, equals), line.substring(equals + 1)))
                    .as("%s once", line.substring(0, equals))
                    .isNull();
        }
        return values;
    }

    /** Every value under a "secret" key, and every credential's "value", anywhere in the realm. */
    private static void collectSecrets(Object node, List<String> values) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (key.equals("secret") || (key.equals("value") && map.containsKey("type"))) {
                    values.add(String.valueOf(value));
                } else {
                    collectSecrets(value, values);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(element -> collectSecrets(element, values));
        }
    }

    /** The variables a text names as ${NAME} or ${NAME:?...}. */
    private static Set<String> placeholders(String text) {
        var names = new LinkedHashSet<String>();
        var matcher = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::\\?[^}]*)?}").matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** How compose is given a generated value: from compose.sh's environment file, never written here. */
    private static String generated(String variable) {
        return "${" + variable + ":?start through ./compose.sh}";
    }

    private String issuer() {
        return (String) environment("admissions").get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
    }

    /** The realm at Keycloak's address on the compose network: the service name and the container's port. */
    private String realmOnTheNetwork() {
        return "http://keycloak:" + containerPort() + "/realms/" + realm.get("realm");
    }

    private URI backchannel() {
        return URI.create(realmOnTheNetwork());
    }

    private int containerPort() {
        var published = strings(service("keycloak").get("ports"));
        assertThat(published).hasSize(1);
        return Integer.parseInt(published.get(0).substring(published.get(0).indexOf(':') + 1));
    }

    private Map<String, Object> client(String clientId) {
        return maps(realm.get("clients")).stream()
                .filter(client -> clientId.equals(client.get("clientId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private List<Map<String, Object>> mappers(String clientId, String type) {
        return maps(client(clientId).get("protocolMappers")).stream()
                .filter(mapper -> type.equals(mapper.get("protocolMapper")))
                .toList();
    }

    private List<String> serviceAccountRoles(String clientId) {
        var accounts = maps(realm.get("users")).stream()
                .filter(user -> clientId.equals(user.get("serviceAccountClientId")))
                .toList();
        assertThat(accounts).as("%s's service account", clientId).hasSize(1);
        assertThat(accounts.get(0)).containsEntry("username", "service-account-" + clientId);
        return strings(accounts.get(0).get("realmRoles"));
    }

    private Map<String, Object> service(String name) {
        var services = map(compose.get("services"));
        assertThat(services).as("services").containsKey(name);
        return map(services.get(name));
    }

    private Map<String, Object> environment(String name) {
        return map(service(name).get("environment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Map<String, Object>>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return ((List<Object>) node).stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> yaml(Path file) {
        try {
            return yaml(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml().load(text);
    }
}
