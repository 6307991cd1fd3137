package edu.lifecycle.localstack.backbone;

import edu.lifecycle.registry.server.security.RegistryAccount;
import edu.lifecycle.registry.server.security.RegistryRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The backbone of a running stack as its administrator sees it: the principals' logins from the credential store,
 * their users and ACLs on the broker, and the registry logins of services and readers. The stack, embedded or in
 * containers, starts it once the broker answers and hands it out through {@link StackAccess}.
 */
public final class Backbone implements AutoCloseable {

    private final CredentialStore credentials;
    private final BackboneProvisioner provisioner;
    private final Consumer<RegistryAccount> registryAccountAdded;
    private final Map<String, Login> testServices = new ConcurrentHashMap<>();

    /**
     * @param adminClient the administrator's Kafka client settings
     * @param registryAccountAdded told of every registry login added after the start (a test service's)
     */
    public Backbone(
            CredentialStore credentials,
            Map<String, Object> adminClient,
            Consumer<RegistryAccount> registryAccountAdded) {
        this.credentials = credentials;
        this.provisioner = new BackboneProvisioner(adminClient);
        this.registryAccountAdded = registryAccountAdded;
    }

    /** Users of every principal, and the system's ACLs on its own (unprefixed) topics and the registry's topic. */
    public void provisionTheSystem(String schemaTopic) {
        provisioner.ensureUsers(
                Principals.all().stream().map(credentials::login).toList());
        provisioner.grant(BackboneAcls.system(schemaTopic));
    }

    /** Services write schemas, outside readers read them; nobody else has a registry login. */
    public List<RegistryAccount> systemRegistryAccounts() {
        var accounts = new ArrayList<RegistryAccount>();
        Principals.SERVICES.forEach(service -> accounts.add(account(credentials.login(service), RegistryRole.WRITER)));
        for (var reader : List.of(Principals.SUBSCRIBER, Principals.STUDENT_PROFILES_READER)) {
            accounts.add(account(credentials.login(reader), RegistryRole.READER));
        }
        return accounts;
    }

    public Login login(String principal) {
        if (Principals.all().contains(principal)) {
            return credentials.login(principal);
        }
        var testService = testServices.get(principal);
        if (testService == null) {
            throw new IllegalArgumentException(principal + " is no principal of this stack");
        }
        return testService;
    }

    public void openTopics(String topicPrefix) {
        provisioner.grant(BackboneAcls.topics(topicPrefix));
    }

    public void openStreams(String service, String applicationId) {
        Principals.readsOf(service);
        provisioner.grant(BackboneAcls.streams(service, applicationId));
    }

    public Login openTestService(String name, String topicPrefix, String applicationId) {
        if (Principals.all().contains(name)) {
            throw new IllegalArgumentException(name + " is a principal of the system, with the system's rights");
        }
        var login = credentials.login(name);
        provisioner.ensureUsers(List.of(login));
        provisioner.grant(BackboneAcls.testService(name, topicPrefix, applicationId));
        if (testServices.putIfAbsent(name, login) == null) {
            registryAccountAdded.accept(account(login, RegistryRole.WRITER));
        }
        return login;
    }

    public CredentialStore credentials() {
        return credentials;
    }

    private static RegistryAccount account(Login login, RegistryRole role) {
        return new RegistryAccount(login.user(), login.password(), role);
    }

    @Override
    public void close() {
        provisioner.close();
    }
}
