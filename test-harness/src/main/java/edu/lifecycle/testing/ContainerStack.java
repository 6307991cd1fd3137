package edu.lifecycle.testing;

import edu.lifecycle.localstack.backbone.Backbone;
import edu.lifecycle.localstack.backbone.CredentialStore;
import edu.lifecycle.localstack.backbone.Login;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.localstack.backbone.StackAccess;
import edu.lifecycle.registry.server.security.RegistryAccount;
import edu.lifecycle.registry.server.security.RegistryRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.MountableFile;

/**
 * Apache Kafka and Confluent's schema registry as containers on one Docker network, closed as the embedded stack is:
 * the same principals, credentials generated for the run, the same ACLs; Confluent's registry asks for HTTP Basic
 * logins the way Confluent documents it (JAAS {@code PropertyFileLoginModule}, roles {@code writer} and
 * {@code reader}). As in docker-compose.yml, the registry has no port on the host: the tests reach it only through the
 * authorising nginx proxy with the repository's {@code ops/registry-proxy/registry-proxy.conf}, which lets readers
 * read and writers write (the community registry cannot tell them apart).
 */
final class ContainerStack implements RunningStack, StackAccess {

    static final String KAFKA_IMAGE = "apache/kafka:4.2.0";
    static final String REGISTRY_IMAGE = "confluentinc/cp-schema-registry:8.2.0";
    static final String PROXY_IMAGE = "nginx:1.27.5-alpine";
    static final Path PROXY_CONFIGURATION = Path.of("ops", "registry-proxy", "registry-proxy.conf");
    private static final String KAFKA_INTERNAL_LISTENER = "kafka:19092";
    private static final int REGISTRY_PORT = 8081;
    private static final String SECRETS = "/etc/schema-registry/secrets/";
    private static final String USERS_FILE = SECRETS + "users.properties";
    private static final String PROXY_USERS_FILE = "/run/registry-proxy/htpasswd";
    /** Read by the proxy configuration's role map, which names only the system's own logins. */
    private static final String PROXY_TEST_ROLES_FILE = "/etc/nginx/registry-proxy/roles.d/test-services.map";
    /** A subject no test uses: a writer's refused config change on it tells that the proxy knows the writer. */
    private static final String PROBE_SUBJECT = "registry-proxy-probe";

    private final Network network;
    private final ClosedKafkaContainer kafka;
    private final Backbone backbone;
    private final Map<String, RegistryAccount> registryAccounts = new ConcurrentHashMap<>();
    private final Set<String> systemAccounts = new HashSet<>();
    private GenericContainer<?> registry;
    private GenericContainer<?> proxy;

    private ContainerStack(Network network, ClosedKafkaContainer kafka, CredentialStore credentials) {
        this.network = network;
        this.kafka = kafka;
        var admin = credentials.login(Principals.ADMIN);
        this.backbone =
                new Backbone(credentials, admin.kafkaClient(kafka.getBootstrapServers()), this::addRegistryAccount);
    }

    @SuppressWarnings("resource") // closed in close()
    static ContainerStack start() {
        var credentials = CredentialStore.open(temporaryFolder());
        var admin = credentials.login(Principals.ADMIN);
        var network = Network.newNetwork();
        var kafka = new ClosedKafkaContainer(KAFKA_IMAGE, credentials.login("broker"), admin.user());
        kafka.withNetwork(network)
                .withNetworkAliases("kafka")
                // A second listener that the registry container reaches by its network alias.
                .withListener(KAFKA_INTERNAL_LISTENER);
        kafka.start();
        var stack = new ContainerStack(network, kafka, credentials);
        try {
            kafka.createScramUser(admin);
            stack.backbone.provisionTheSystem("_schemas");
            stack.startRegistry();
            stack.startProxy();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    @SuppressWarnings("resource") // closed in close()
    private void startRegistry() {
        backbone.systemRegistryAccounts().forEach(account -> {
            registryAccounts.put(account.name(), account);
            systemAccounts.add(account.name());
        });
        var login = backbone.login(Principals.SCHEMA_REGISTRY);
        // No exposed port: only the proxy, on the network, reaches it.
        registry = new GenericContainer<>(REGISTRY_IMAGE)
                .withNetwork(network)
                .withNetworkAliases("schema-registry")
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + REGISTRY_PORT)
                // The project's subjects are BACKWARD_TRANSITIVE in every mode, as in docs/events.md.
                .withEnv("SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL", "backward_transitive")
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "SASL_PLAINTEXT://" + KAFKA_INTERNAL_LISTENER)
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_SECURITY_PROTOCOL", Login.SECURITY_PROTOCOL)
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_SASL_MECHANISM", Login.SASL_MECHANISM)
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_SASL_JAAS_CONFIG", login.jaasConfig())
                .withEnv("SCHEMA_REGISTRY_AUTHENTICATION_METHOD", "BASIC")
                .withEnv("SCHEMA_REGISTRY_AUTHENTICATION_REALM", "SchemaRegistry-Props")
                .withEnv("SCHEMA_REGISTRY_AUTHENTICATION_ROLES", "writer,reader")
                .withEnv("SCHEMA_REGISTRY_OPTS", "-Djava.security.auth.login.config=" + SECRETS + "jaas.conf")
                .withCopyToContainer(Transferable.of(jaas(), 0644), SECRETS + "jaas.conf")
                .withCopyToContainer(Transferable.of(users(), 0644), USERS_FILE)
                .waitingFor(Wait.forLogMessage(".*Server started, listening for requests.*", 1)
                        .withStartupTimeout(Duration.ofMinutes(2)));
        registry.start();
    }

    /** The proxy of docker-compose.yml, with the same configuration file, in front of the registry. */
    @SuppressWarnings("resource") // closed in close()
    private void startProxy() {
        var probe = backbone.login(Principals.SUBSCRIBER);
        proxy = new GenericContainer<>(PROXY_IMAGE)
                .withNetwork(network)
                .withExposedPorts(REGISTRY_PORT)
                .withCopyFileToContainer(
                        MountableFile.forHostPath(proxyConfiguration(), 0644), "/etc/nginx/conf.d/default.conf")
                .withCopyToContainer(Transferable.of(proxyUsers(), 0644), PROXY_USERS_FILE)
                .withCopyToContainer(Transferable.of(proxyTestRoles(), 0644), PROXY_TEST_ROLES_FILE)
                .waitingFor(Wait.forHttp("/subjects")
                        .withBasicCredentials(probe.user(), probe.password())
                        .forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(1)));
        proxy.start();
    }

    /** The repository's proxy configuration, found from the module a test runs in. */
    static Path proxyConfiguration() {
        for (var folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            var candidate = folder.resolve(PROXY_CONFIGURATION);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "No " + PROXY_CONFIGURATION + " above " + Path.of("").toAbsolutePath());
    }

    /** Jetty 12's login module (Confluent Platform 8); it re-reads the users file every second. */
    private static String jaas() {
        return """
                SchemaRegistry-Props {
                  org.eclipse.jetty.security.jaas.spi.PropertyFileLoginModule required
                  file="%s"
                  reloadInterval="1";
                };
                """.formatted(USERS_FILE);
    }

    private String users() {
        var text = new StringBuilder();
        registryAccounts
                .values()
                .forEach(account -> text.append(account.name())
                        .append(": ")
                        .append(account.password())
                        .append(',')
                        .append(account.role().name().toLowerCase(Locale.ROOT))
                        .append('\n'));
        return text.toString();
    }

    /** nginx's plain-text scheme: the same secrets the registry's own users file holds in the clear. */
    private String proxyUsers() {
        var text = new StringBuilder();
        registryAccounts
                .values()
                .forEach(account -> text.append(account.name())
                        .append(":{PLAIN}")
                        .append(account.password())
                        .append('\n'));
        return text.toString();
    }

    /** The roles of the logins the configuration does not name: the test services, added as tests open them. */
    private String proxyTestRoles() {
        var text = new StringBuilder("# Test services of this run (ContainerStack).\n");
        registryAccounts.values().stream()
                .filter(account -> !systemAccounts.contains(account.name()))
                .forEach(account -> text.append(account.name())
                        .append(' ')
                        .append(account.role().name().toLowerCase(Locale.ROOT))
                        .append(";\n"));
        return text.toString();
    }

    /**
     * A test service's login, added while the registry runs: the registry re-reads its users file within a second,
     * the proxy reads its users file on every request and its roles on a reload.
     */
    private void addRegistryAccount(RegistryAccount account) {
        registryAccounts.put(account.name(), account);
        if (registry == null) {
            return;
        }
        registry.copyFileToContainer(Transferable.of(users(), 0644), USERS_FILE);
        if (proxy == null) {
            return;
        }
        proxy.copyFileToContainer(Transferable.of(proxyUsers(), 0644), PROXY_USERS_FILE);
        proxy.copyFileToContainer(Transferable.of(proxyTestRoles(), 0644), PROXY_TEST_ROLES_FILE);
        reloadProxy();
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!accepts(account)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The registry never accepted the login of " + account.name());
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    private void reloadProxy() {
        try {
            var reload = proxy.execInContainer("nginx", "-s", "reload");
            if (reload.getExitCode() != 0) {
                throw new IllegalStateException("The registry proxy refused its new roles: " + reload.getStderr());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reload the registry proxy", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reloading the registry proxy", e);
        }
    }

    /**
     * Both logins (the proxy's and the registry's) take the account and the proxy gives it its role: a reader lists
     * the subjects; a writer's config change reaches the registry, which refuses the made-up level (422), where a
     * proxy still on its old roles would answer 403.
     */
    private boolean accepts(RegistryAccount account) {
        var credentials = Base64.getEncoder()
                .encodeToString((account.name() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
        var request = switch (account.role()) {
            case READER -> HttpRequest.newBuilder(URI.create(schemaRegistryUrl() + "/subjects"));
            case WRITER ->
                HttpRequest.newBuilder(URI.create(schemaRegistryUrl() + "/config/" + PROBE_SUBJECT))
                        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"NOT-A-LEVEL\"}"));
        };
        try {
            int status = HttpClient.newHttpClient()
                    .send(
                            request.header("Authorization", "Basic " + credentials)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return account.role() == RegistryRole.READER ? status == 200 : status != 401 && status != 403;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "test-stack-")
                    .resolve("credentials");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the container stack's credentials", e);
        }
    }

    @Override
    public StackEndpoints endpoints() {
        return new StackEndpoints(this, StackMode.CONTAINERS);
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return "http://" + proxy.getHost() + ":" + proxy.getMappedPort(REGISTRY_PORT);
    }

    @Override
    public Login login(String principal) {
        return backbone.login(principal);
    }

    @Override
    public void openTopics(String topicPrefix) {
        backbone.openTopics(topicPrefix);
    }

    @Override
    public void openStreams(String service, String applicationId) {
        backbone.openStreams(service, applicationId);
    }

    @Override
    public Login openTestService(String name, String topicPrefix, String applicationId) {
        return backbone.openTestService(name, topicPrefix, applicationId);
    }

    @Override
    public void close() {
        try {
            backbone.close();
            if (proxy != null) {
                proxy.stop();
            }
            if (registry != null) {
                registry.stop();
            }
            kafka.stop();
        } finally {
            network.close();
        }
    }
}
