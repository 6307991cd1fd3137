package edu.lifecycle.localstack.backbone;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;

/**
 * Provisions the backbone as its administrator: SCRAM users that are missing, and ACLs (creating one that exists is
 * harmless, so every start and every test run simply asks for what it needs).
 */
public final class BackboneProvisioner implements AutoCloseable {

    /** Kafka's minimum for SCRAM-SHA-512, and its default. */
    private static final int SCRAM_ITERATIONS = 4096;

    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;

    /** @param adminClient the administrator's client settings: bootstrap servers and SASL login */
    public BackboneProvisioner(Map<String, Object> adminClient) {
        var config = new HashMap<>(adminClient);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "backbone-provisioner");
        this.admin = Admin.create(config);
    }

    /** Creates the SCRAM users that do not exist yet; existing ones keep their password. */
    public void ensureUsers(Collection<Login> logins) {
        Set<String> existing =
                Set.copyOf(await(admin.describeUserScramCredentials().users()));
        List<UserScramCredentialAlteration> missing = logins.stream()
                .filter(login -> !existing.contains(login.user()))
                .<UserScramCredentialAlteration>map(login -> new UserScramCredentialUpsertion(
                        login.user(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                        login.password()))
                .toList();
        if (!missing.isEmpty()) {
            await(admin.alterUserScramCredentials(missing).all());
            awaitKnownToTheBroker(logins.stream().map(Login::user).toList());
        }
    }

    /**
     * The controller has committed the users, but a broker logs them in only once it has applied that metadata, and
     * it answers the description from the metadata it has applied.
     */
    private void awaitKnownToTheBroker(List<String> users) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!await(admin.describeUserScramCredentials().users()).containsAll(users)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The broker did not learn of the new users " + users + " in time");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    /** Creates the ACLs and returns once the broker enforces them, so a client started next is let in. */
    public void grant(Collection<AclBinding> acls) {
        if (acls.isEmpty()) {
            return;
        }
        await(admin.createAcls(acls).all());
        // The controller has committed them; the broker answers a description from the ACLs its authorizer holds.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!await(admin.describeAcls(AclBindingFilter.ANY).values()).containsAll(acls)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The broker did not apply the new ACLs in time");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning the backbone", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Cannot provision the backbone: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "Kafka did not answer within " + TIMEOUT_SECONDS + " s while provisioning", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
