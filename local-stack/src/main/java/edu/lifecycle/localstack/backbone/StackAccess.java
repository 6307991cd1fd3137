package edu.lifecycle.localstack.backbone;

/**
 * What a running broker and registry give the services and clients that use them: where they are, each principal's
 * login, and the rights a service or a test run needs. Every method may be called again; nothing is granted twice.
 */
public interface StackAccess {

    String bootstrapServers();

    String schemaRegistryUrl();

    /** The login of one of the system's principals ({@link Principals}), or of a test service opened before. */
    Login login(String principal);

    /** Grants the system's principals their rights on the topics named with this prefix (empty on the system). */
    void openTopics(String topicPrefix);

    /** Grants a service of the system its Streams application's rights under this application id. */
    void openStreams(String service, String applicationId);

    /**
     * A service that is no part of the system, run by a test: a principal of that name with a registry writer's login
     * and every right under the run's topic prefix and Streams application id.
     */
    Login openTestService(String name, String topicPrefix, String applicationId);
}
