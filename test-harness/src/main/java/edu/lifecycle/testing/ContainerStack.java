package edu.lifecycle.testing;

import edu.lifecycle.localstack.backbone.Backbone;
import edu.lifecycle.localstack.backbone.CredentialStore;
import edu.lifecycle.localstack.backbone.Login;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.localstack.backbone.StackAccess;
import edu.lifecycle.registry.server.security.RegistryAccount;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/**
 * Apache Kafka and Confluent's schema registry as containers on one Docker network, closed as the embedded stack is:
 * the same principals, credentials generated for the run, the same ACLs; Confluent's registry asks for HTTP Basic
 * logins the way Confluent documents it (JAAS {@code PropertyFileLoginModule}, roles {@code writer} and
 * {@code reader}).
 */
final class ContainerStack implements RunningStack, StackAccess {

    static final String KAFKA_IMAGE = "apache/kafka:4.2.0";
    static final String REGISTRY_IMAGE = "confluentinc/cp-schema-registry:8.2.0";
    private static final String KAFKA_INTERNAL_LISTENER = "kafka:19092";
    private static final int REGISTRY_PORT = 8081;
    private static final String SECRETS = "/etc/schema-registry/secrets/";
    private static final String USERS_FILE = SECRETS + "users.properties";

    private final Network network;
    private final ClosedKafkaContainer kafka;
    private final Backbone backbone;
    private final Map<String, RegistryAccount> registryAccounts = new ConcurrentHashMap<>();
    private GenericContainer<?> registry;

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
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    @SuppressWarnings("resource") // closed in close()
    private void startRegistry() {
        backbone.systemRegistryAccounts().forEach(account -> registryAccounts.put(account.name(), account));
        var login = backbone.login(Principals.SCHEMA_REGISTRY);
        var probe = backbone.login(Principals.SUBSCRIBER);
        registry = new GenericContainer<>(REGISTRY_IMAGE)
                .withNetwork(network)
                .withNetworkAliases("schema-registry")
                .withExposedPorts(REGISTRY_PORT)
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
                .waitingFor(Wait.forHttp("/subjects")
                        .withBasicCredentials(probe.user(), probe.password())
                        .forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(2)));
        registry.start();
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

    /** A test service's login, added while the registry runs: the file is rewritten and re-read within a second. */
    private void addRegistryAccount(RegistryAccount account) {
        registryAccounts.put(account.name(), account);
        if (registry == null) {
            return;
        }
        registry.copyFileToContainer(Transferable.of(users(), 0644), USERS_FILE);
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!accepts(account)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The registry never accepted the login of " + account.name());
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    private boolean accepts(RegistryAccount account) {
        var credentials = Base64.getEncoder()
                .encodeToString((account.name() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(schemaRegistryUrl() + "/subjects"))
                                            .header("Authorization", "Basic " + credentials)
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
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
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT);
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
            if (registry != null) {
                registry.stop();
            }
            kafka.stop();
        } finally {
            network.close();
        }
    }
}
