package edu.lifecycle.localstack.backbone;

import static org.apache.kafka.common.acl.AclOperation.ALL;
import static org.apache.kafka.common.acl.AclOperation.ALTER_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.CREATE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;
import static org.apache.kafka.common.resource.PatternType.LITERAL;
import static org.apache.kafka.common.resource.PatternType.PREFIXED;
import static org.apache.kafka.common.resource.ResourceType.GROUP;
import static org.apache.kafka.common.resource.ResourceType.TOPIC;
import static org.apache.kafka.common.resource.ResourceType.TRANSACTIONAL_ID;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the backbone, as Kafka ACLs; anything not granted here is refused
 * ({@code allow.everyone.if.no.acl.found=false}). Topic names carry a prefix: empty on the system, a test run's
 * otherwise, so that runs sharing a broker get the same rights on their own topics and none on another's.
 *
 * <ul>
 *   <li>A service owns every topic named after it ({@code <service>.}: commands, outcomes, policy rejections, public
 *       events): it reads, writes and creates them. Nobody else reads them, so nobody but admissions reads
 *       {@code admissions.commands}.
 *   <li>It reads the other services' public topics it consumes, and may create them, so that start order does not
 *       matter (every service declares them alike); it writes none of them.
 *   <li>Its Streams applications own the internal topics, consumer groups and transactional ids under their id, and
 *       so each consumer's dead letters ({@code <application id>-dlt}) and replays
 *       ({@code <application id>-replay-<topic>}): a service reads, replays and purges its own dead letters only. An
 *       audit's rebuild runs under a fresh id {@code <application id>-audit-…}, within the same rights.
 *   <li>Admissions' {@code admissions.personal-data-keys} (each person's data key) is read and written by admissions
 *       alone; admissions may alter the configuration of it and of the profile topic, to bound compaction.
 *   <li>{@code subscriber} reads the four public event topics, {@code student-profiles-reader} the personal-data topic,
 *       each in consumer groups of its own prefix; neither writes anything.
 * </ul>
 */
public final class BackboneAcls {

    private BackboneAcls() {}

    /**
     * Everything the system needs on its own cluster: the rights on its unprefixed topics, the readers' groups, the
     * registry's schema topic and each service's Streams applications under its default application id.
     */
    public static List<AclBinding> system(String schemaTopic) {
        var acls = new ArrayList<>(topics(""));
        acls.addAll(readerGroups());
        acls.addAll(registry(schemaTopic));
        for (var service : Principals.SERVICES) {
            acls.addAll(streams(service, Principals.applicationIdOf(service)));
        }
        return acls;
    }

    /** The system's rights on the topics named with this prefix: services and outside readers. */
    public static List<AclBinding> topics(String topicPrefix) {
        var acls = new ArrayList<AclBinding>();
        for (var service : Principals.SERVICES) {
            acls.addAll(serviceTopics(service, topicPrefix));
        }
        for (var topic : Principals.PUBLIC_EVENT_TOPICS) {
            acls.add(allow(Principals.SUBSCRIBER, TOPIC, topicPrefix + topic, LITERAL, READ));
        }
        acls.add(allow(
                Principals.STUDENT_PROFILES_READER,
                TOPIC,
                topicPrefix + Principals.STUDENT_PROFILES_TOPIC,
                LITERAL,
                READ));
        for (var topic : Principals.BOUNDED_COMPACTION_TOPICS) {
            // Admissions sets how long a superseded profile or destroyed key survives compaction (docs/privacy.md).
            acls.add(allow("admissions", TOPIC, topicPrefix + topic, LITERAL, ALTER_CONFIGS));
        }
        return acls;
    }

    /** The outside readers' consumer groups: any id starting with the reader's name and a dash. */
    public static List<AclBinding> readerGroups() {
        return List.of(
                allow(Principals.SUBSCRIBER, GROUP, Principals.groupPrefixOf(Principals.SUBSCRIBER), PREFIXED, READ),
                allow(
                        Principals.STUDENT_PROFILES_READER,
                        GROUP,
                        Principals.groupPrefixOf(Principals.STUDENT_PROFILES_READER),
                        PREFIXED,
                        READ));
    }

    /** One service's topics: its own under {@code <prefix><service>.}, and the others' it reads. */
    static List<AclBinding> serviceTopics(String service, String topicPrefix) {
        var acls = new ArrayList<AclBinding>();
        var own = topicPrefix + service + ".";
        for (var operation : List.of(READ, WRITE, CREATE)) {
            acls.add(allow(service, TOPIC, own, PREFIXED, operation));
        }
        for (var read : Principals.readsOf(service)) {
            acls.add(allow(service, TOPIC, topicPrefix + read, LITERAL, READ));
            acls.add(allow(service, TOPIC, topicPrefix + read, LITERAL, CREATE));
        }
        return acls;
    }

    /**
     * A Streams application's rights under its id: the command side is {@code <id>}, the read models
     * {@code <id>-read-models}; their internal topics, dead letters and replays are {@code <id>-…} (deleting records is
     * how an operator purges dead letters), their consumer groups their ids, their transactional ids {@code <id>-…}
     * (exactly-once).
     */
    public static List<AclBinding> streams(String principal, String applicationId) {
        requireNonBlank(applicationId, "applicationId");
        return List.of(
                allow(principal, TOPIC, applicationId + "-", PREFIXED, ALL),
                allow(principal, GROUP, applicationId, PREFIXED, READ),
                allow(principal, TRANSACTIONAL_ID, applicationId, PREFIXED, WRITE));
    }

    /** The registry's rights: its schema topic, read from the start without a group and written idempotently. */
    public static List<AclBinding> registry(String schemaTopic) {
        var acls = new ArrayList<AclBinding>();
        for (var operation : List.of(READ, WRITE, CREATE, DESCRIBE_CONFIGS)) {
            acls.add(allow(Principals.SCHEMA_REGISTRY, TOPIC, schemaTopic, LITERAL, operation));
        }
        return acls;
    }

    /**
     * A service that is no part of the system (a test's own): everything under its run's topic prefix, which must not
     * be empty, and its Streams application.
     */
    public static List<AclBinding> testService(String principal, String topicPrefix, String applicationId) {
        requireNonBlank(topicPrefix, "a test service's topic prefix");
        var acls = new ArrayList<AclBinding>();
        acls.add(allow(principal, TOPIC, topicPrefix, PREFIXED, ALL));
        acls.addAll(streams(principal, applicationId));
        return acls;
    }

    static AclBinding allow(
            String principal, ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(
                new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }

    private static void requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }
}
