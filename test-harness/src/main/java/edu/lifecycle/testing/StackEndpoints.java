package edu.lifecycle.testing;

import edu.lifecycle.localstack.backbone.Login;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.localstack.backbone.StackAccess;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a test finds Kafka and the schema registry, and how it logs in to them. Both are closed, as on the system:
 * every Kafka client and every registry call needs a principal's login, and a principal may do only what the system's
 * ACLs grant it. The logins come from here, in one place: {@link #kafkaClient} and {@link #registryClient} for raw
 * clients, {@link #serviceProperties} for a service under test.
 */
public final class StackEndpoints implements StackAccess {

    /** The property naming the issuer whose tokens a service trusts. */
    public static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    private final StackAccess stack;
    private final StackMode mode;
    private final TestIdentity identity;

    StackEndpoints(StackAccess stack, StackMode mode) {
        this(stack, mode, null);
    }

    private StackEndpoints(StackAccess stack, StackMode mode, TestIdentity identity) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.identity = identity;
    }

    /** The same endpoints, with another identity provider: the run's, or a test's own. */
    public StackEndpoints withIdentity(TestIdentity identity) {
        return new StackEndpoints(stack, mode, Objects.requireNonNull(identity, "identity"));
    }

    /** The run's identity provider and the tokens tests present to services. */
    public TestIdentity identity() {
        if (identity == null) {
            throw new IllegalStateException("These endpoints have no identity provider (start them with @KafkaStack)");
        }
        return identity;
    }

    /** The {@code bootstrap.servers} value. */
    @Override
    public String bootstrapServers() {
        return stack.bootstrapServers();
    }

    /** The {@code schema.registry.url} value. */
    @Override
    public String schemaRegistryUrl() {
        return stack.schemaRegistryUrl();
    }

    /** How the stack runs. */
    public StackMode mode() {
        return mode;
    }

    /** Kafka client settings of a principal ({@link Principals}, or a test service opened before). */
    public Map<String, Object> kafkaClient(String principal) {
        return new HashMap<>(login(principal).kafkaClient(bootstrapServers()));
    }

    /** Serde settings of a principal: the registry's URL and Confluent's basic-auth keys. */
    public Map<String, Object> registryClient(String principal) {
        return new HashMap<>(login(principal).registryClient(schemaRegistryUrl()));
    }

    /**
     * A consumer of an outside reader ({@value Principals#SUBSCRIBER} or {@value Principals#STUDENT_PROFILES_READER}):
     * its Kafka and registry logins, and a fresh consumer group among those it may use.
     */
    public Map<String, Object> readerConsumer(String reader) {
        var config = kafkaClient(reader);
        config.putAll(registryClient(reader));
        config.put("group.id", Principals.groupPrefixOf(reader) + UUID.randomUUID());
        return config;
    }

    /**
     * The Spring properties a service runs with on this stack, after granting it its rights: a service of the system
     * gets the system's ACLs on the run's topics and its Streams application's; any other (a test's own) gets
     * everything under the run's topic prefix. Either trusts the tokens of the run's identity provider.
     */
    public Map<String, Object> serviceProperties(String service, String topicPrefix, String applicationId) {
        Map<String, Object> properties;
        if (Principals.SERVICES.contains(service)) {
            openTopics(topicPrefix);
            openStreams(service, applicationId);
            properties = new HashMap<>(login(service).springProperties());
        } else {
            properties = new HashMap<>(
                    openTestService(service, topicPrefix, applicationId).springProperties());
        }
        properties.put(ISSUER_PROPERTY, identity().issuer());
        return properties;
    }

    @Override
    public Login login(String principal) {
        return stack.login(principal);
    }

    @Override
    public void openTopics(String topicPrefix) {
        stack.openTopics(topicPrefix);
    }

    @Override
    public void openStreams(String service, String applicationId) {
        stack.openStreams(service, applicationId);
    }

    @Override
    public Login openTestService(String name, String topicPrefix, String applicationId) {
        return stack.openTestService(name, topicPrefix, applicationId);
    }

    @Override
    public String toString() {
        return "StackEndpoints[" + mode + ", " + bootstrapServers() + ", " + schemaRegistryUrl() + "]";
    }
}
