package edu.lifecycle.localstack;

import edu.lifecycle.kafka.embedded.BrokerSecurity;
import edu.lifecycle.kafka.embedded.BrokerSettings;
import edu.lifecycle.kafka.embedded.EmbeddedKafkaBroker;
import edu.lifecycle.localstack.backbone.Backbone;
import edu.lifecycle.localstack.backbone.CredentialStore;
import edu.lifecycle.localstack.backbone.Login;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.localstack.backbone.ReaderSettings;
import edu.lifecycle.localstack.backbone.StackAccess;
import edu.lifecycle.registry.server.CompatibilityLevel;
import edu.lifecycle.registry.server.RegistrySettings;
import edu.lifecycle.registry.server.SchemaRegistryServer;
import edu.lifecycle.registry.server.security.RegistryAccess;
import edu.lifecycle.registry.server.security.RegistryAccount;
import edu.lifecycle.registry.server.security.RegistrySecurity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A running Kafka broker and schema registry, started in order and stopped in reverse order, both closed: Kafka takes
 * SASL/SCRAM logins and ACLs decide every request, the registry takes HTTP Basic logins of readers and writers. The
 * credentials are generated at the first start into {@code <data>/credentials} and kept there.
 */
public final class LocalStack implements AutoCloseable, StackAccess {

    static final String CREDENTIALS_FOLDER = "credentials";

    /**
     * The event contract (docs/events.md) promises that a consumer built on the current schema reads every event
     * ever written, so the registry checks each new version against all earlier ones, not only the latest. It is
     * the global level, as {@code SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL} sets it for Confluent's image in
     * docker-compose.yml; a level set over HTTP still wins.
     */
    public static final CompatibilityLevel SUBJECT_COMPATIBILITY = CompatibilityLevel.BACKWARD_TRANSITIVE;

    private final EmbeddedKafkaBroker broker;
    private final Backbone backbone;
    private final Map<String, RegistryAccount> registryAccounts;
    private SchemaRegistryServer registry;

    private LocalStack(EmbeddedKafkaBroker broker, CredentialStore credentials) {
        this.broker = broker;
        this.registryAccounts = new ConcurrentHashMap<>();
        this.backbone = new Backbone(
                credentials, broker.adminClientProperties(), account -> registryAccounts.put(account.name(), account));
    }

    public static LocalStack start(LocalStackSettings settings) {
        return start(settings, step -> {});
    }

    /** Starts the broker, provisions the backbone, then starts the registry on it, reporting each step. */
    public static LocalStack start(LocalStackSettings settings, Consumer<StartupStep> progress) {
        var credentialsFolder = settings.dataDirectory().resolve(CREDENTIALS_FOLDER);
        var kafkaData = settings.dataDirectory().resolve("kafka");
        if (EmbeddedKafkaBroker.hasLogIn(kafkaData) && !CredentialStore.existsIn(credentialsFolder)) {
            throw new IllegalStateException("The Kafka log in " + kafkaData.toAbsolutePath()
                    + " has no credentials next to it (it predates the closed backbone, or they were deleted):"
                    + " start once with --clean to begin with a new log and new credentials.");
        }
        var credentials = CredentialStore.open(credentialsFolder);
        var admin = credentials.login(Principals.ADMIN);
        var brokerStart = System.nanoTime();
        var broker = EmbeddedKafkaBroker.start(new BrokerSettings(
                        kafkaData,
                        settings.host(),
                        settings.kafkaPort(),
                        settings.controllerPort(),
                        Duration.ofSeconds(60),
                        Map.of())
                .withSecurity(new BrokerSecurity(
                        credentials.login(BrokerSecurity.BROKER_USER).password(), admin.user(), admin.password())));
        LocalStack stack = null;
        try {
            stack = new LocalStack(broker, credentials);
            stack.backbone.provisionTheSystem(RegistrySettings.DEFAULT_TOPIC);
            progress.accept(new StartupStep("Kafka broker", broker.bootstrapServers(), elapsedSince(brokerStart)));
            var registryStart = System.nanoTime();
            stack.startRegistry(settings);
            progress.accept(new StartupStep("Schema registry", stack.schemaRegistryUrl(), elapsedSince(registryStart)));
            for (var reader : List.of(Principals.SUBSCRIBER, Principals.STUDENT_PROFILES_READER)) {
                ReaderSettings.write(
                        credentialsFolder,
                        credentials.login(reader),
                        stack.bootstrapServers(),
                        stack.schemaRegistryUrl());
            }
            return stack;
        } catch (RuntimeException e) {
            if (stack != null) {
                stack.close();
            } else {
                broker.close();
            }
            throw e;
        }
    }

    private void startRegistry(LocalStackSettings settings) {
        backbone.systemRegistryAccounts().forEach(account -> registryAccounts.put(account.name(), account));
        var login = backbone.login(Principals.SCHEMA_REGISTRY);
        registry = SchemaRegistryServer.start(
                RegistrySettings.kafka(broker.bootstrapServers())
                        .withHost(settings.host())
                        .withPort(settings.registryPort())
                        .withDefaultCompatibility(SUBJECT_COMPATIBILITY),
                new RegistrySecurity(
                        login.kafkaClient(broker.bootstrapServers()),
                        RegistryAccess.basic(name -> Optional.ofNullable(registryAccounts.get(name)))));
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return registry.url();
    }

    /** Where the credentials are kept, and the outside readers' ready-made settings ({@code subscriber.properties}). */
    public Path credentialsDirectory() {
        return backbone.credentials().directory();
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

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    @Override
    public void close() {
        try {
            if (registry != null) {
                registry.close();
            }
        } finally {
            try {
                backbone.close();
            } finally {
                broker.close();
            }
        }
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /**
     * One component that became ready.
     *
     * @param component what started
     * @param address where it listens
     * @param took how long it took to become ready
     */
    public record StartupStep(String component, String address, Duration took) {}
}
