package edu.lifecycle.localstack.backbone;

import static org.apache.kafka.common.acl.AclOperation.ALTER_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.CREATE;
import static org.apache.kafka.common.acl.AclOperation.DELETE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

class BackboneAclsTest {

    private static final List<String> EVERYONE = Principals.all();
    private static final AclCheck SYSTEM = new AclCheck(system(""));

    @Test
    void nobodyButAdmissionsReadsAdmissionsCommands() {
        assertThat(EVERYONE.stream().filter(p -> SYSTEM.allowsOnTopic(p, READ, "admissions.commands")))
                .containsExactly("admissions");
    }

    @Test
    void eachServiceWritesItsOwnCommandsEventsAndOutcomesAndNoOtherServicesTopics() {
        for (var service : Principals.SERVICES) {
            for (var owner : Principals.SERVICES) {
                for (var topic : ownTopics(owner)) {
                    assertThat(SYSTEM.allowsOnTopic(service, WRITE, topic))
                            .as("%s writes %s", service, topic)
                            .isEqualTo(service.equals(owner));
                }
            }
        }
    }

    @Test
    void noOutsideReaderWritesAnything() {
        for (var reader : List.of(Principals.SUBSCRIBER, Principals.STUDENT_PROFILES_READER)) {
            assertThat(system("").stream()
                            .filter(acl -> acl.entry().principal().equals("User:" + reader))
                            .map(acl -> acl.entry().operation()))
                    .as(reader)
                    .containsOnly(READ);
        }
    }

    @Test
    void theSubscriberReadsTheFourPublicEventTopicsAndNothingInternal() {
        for (var topic : Principals.PUBLIC_EVENT_TOPICS) {
            assertThat(SYSTEM.allowsOnTopic(Principals.SUBSCRIBER, READ, topic))
                    .as(topic)
                    .isTrue();
        }
        for (var topic : internalTopics()) {
            assertThat(SYSTEM.allowsOnTopic(Principals.SUBSCRIBER, DESCRIBE, topic))
                    .as(topic)
                    .isFalse();
        }
        assertThat(SYSTEM.allowsOnTopic(Principals.SUBSCRIBER, READ, Principals.STUDENT_PROFILES_TOPIC))
                .isFalse();
    }

    @Test
    void thePersonalDataTopicIsReadOnlyByAdmissionsAndItsOwnReader() {
        assertThat(EVERYONE.stream().filter(p -> SYSTEM.allowsOnTopic(p, READ, Principals.STUDENT_PROFILES_TOPIC)))
                .containsExactlyInAnyOrder("admissions", Principals.STUDENT_PROFILES_READER);
        for (var topic : Principals.PUBLIC_EVENT_TOPICS) {
            assertThat(SYSTEM.allowsOnTopic(Principals.STUDENT_PROFILES_READER, READ, topic))
                    .isFalse();
        }
    }

    @Test
    void thePersonalDataKeysAreReadAndWrittenByAdmissionsAlone() {
        var keys = Principals.PERSONAL_DATA_KEYS_TOPIC;
        for (var operation : List.of(READ, WRITE, DESCRIBE)) {
            assertThat(EVERYONE.stream().filter(p -> SYSTEM.allowsOnTopic(p, operation, keys)))
                    .as("%s on %s", operation, keys)
                    .containsExactly("admissions");
        }
    }

    @Test
    void admissionsBoundsCompactionOfItsPersonalDataTopicsAndAltersNoOtherTopic() {
        for (var topic : Principals.BOUNDED_COMPACTION_TOPICS) {
            assertThat(EVERYONE.stream().filter(p -> SYSTEM.allowsOnTopic(p, ALTER_CONFIGS, topic)))
                    .as(topic)
                    .containsExactly("admissions");
        }
        assertThat(SYSTEM.allowsOnTopic("admissions", ALTER_CONFIGS, "admissions.events"))
                .isFalse();
        assertThat(SYSTEM.allowsOnTopic("admissions", ALTER_CONFIGS, "admissions.commands"))
                .isFalse();
    }

    @Test
    void aServiceReadsTheOtherServicesEventsItConsumesAndWritesNothingOfTheirs() {
        assertThat(SYSTEM.allowsOnTopic("billing", READ, "admissions.events")).isTrue();
        assertThat(SYSTEM.allowsOnTopic("billing", WRITE, "admissions.events")).isFalse();
        assertThat(SYSTEM.allowsOnTopic("billing", WRITE, "admissions.events-dlt"))
                .as("no dead-letter topic is shared by the readers of a topic any more")
                .isFalse();
        assertThat(SYSTEM.allowsOnTopic("billing", READ, "curriculum.events"))
                .as("billing consumes nothing of curriculum")
                .isFalse();
        assertThat(SYSTEM.allowsOnTopic("placement", READ, "billing.events")).isFalse();
    }

    @Test
    void eachConsumerOwnsItsDeadLettersAndReplaysAndNoOtherConsumers() {
        for (var consumer : List.of("billing-service", "billing-service-read-models")) {
            for (var operation : List.of(READ, WRITE, CREATE, DELETE)) {
                assertThat(SYSTEM.allowsOnTopic("billing", operation, consumer + "-dlt"))
                        .as("billing %s %s-dlt", operation, consumer)
                        .isTrue();
            }
            assertThat(SYSTEM.allowsOnTopic("billing", WRITE, consumer + "-replay-admissions.events"))
                    .isTrue();
        }
        assertThat(SYSTEM.allowsOnTopic("billing", READ, "curriculum-service-read-models-dlt"))
                .as("dead letters may hold personal data: only their consumer reads them")
                .isFalse();
        assertThat(SYSTEM.allowsOnTopic("billing", WRITE, "curriculum-service-replay-billing.events"))
                .isFalse();
        assertThat(SYSTEM.allowsOnTopic(Principals.SUBSCRIBER, READ, "billing-service-dlt"))
                .isFalse();
    }

    @Test
    void consumerGroupsAndTransactionalIdsAreTheApplicationsOwn() {
        assertThat(SYSTEM.allows("billing", READ, ResourceType.GROUP, "billing-service"))
                .isTrue();
        assertThat(SYSTEM.allows("billing", READ, ResourceType.GROUP, "billing-service-read-models"))
                .isTrue();
        assertThat(SYSTEM.allows("billing", READ, ResourceType.GROUP, "admissions-service"))
                .isFalse();
        assertThat(SYSTEM.allows("billing", WRITE, ResourceType.TRANSACTIONAL_ID, "billing-service-0a1b-1"))
                .isTrue();
        assertThat(SYSTEM.allows("billing", WRITE, ResourceType.TRANSACTIONAL_ID, "admissions-service-0a1b-1"))
                .isFalse();
        assertThat(SYSTEM.allows(Principals.SUBSCRIBER, READ, ResourceType.GROUP, "billing-service"))
                .as("a subscriber cannot join a service's group and take its partitions")
                .isFalse();
        assertThat(SYSTEM.allows(Principals.SUBSCRIBER, READ, ResourceType.GROUP, "subscriber-analytics"))
                .isTrue();
    }

    @Test
    void aTestRunsTopicsAreOpenOnlyToTheRunsPrincipalsAndTheSystemsTopicsStayClosedToThem() {
        var run = new AclCheck(BackboneAcls.topics("billing-1a2b."))
                .allowsOnTopic("billing", WRITE, "billing-1a2b.billing.events");
        assertThat(run).isTrue();
        assertThat(new AclCheck(BackboneAcls.topics("billing-1a2b.")).allowsOnTopic("billing", WRITE, "billing.events"))
                .isFalse();
        assertThat(SYSTEM.allowsOnTopic("billing", WRITE, "billing-1a2b.billing.events"))
                .isFalse();
    }

    @Test
    void aTestServiceGetsItsRunAndNothingElse() {
        var ledger = new AclCheck(BackboneAcls.testService("ledger", "ledger-run1.", "ledger-run1"));

        assertThat(ledger.allowsOnTopic("ledger", WRITE, "ledger-run1.bank.transfers"))
                .isTrue();
        assertThat(ledger.allowsOnTopic("ledger", WRITE, "billing.events")).isFalse();
        assertThatThrownBy(() -> BackboneAcls.testService("ledger", "", "ledger"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRegistryReachesOnlyItsSchemaTopic() {
        var registry = new AclCheck(BackboneAcls.registry("_schemas"));

        assertThat(registry.allowsOnTopic(Principals.SCHEMA_REGISTRY, WRITE, "_schemas"))
                .isTrue();
        assertThat(registry.allowsOnTopic(Principals.SCHEMA_REGISTRY, CREATE, "_schemas"))
                .isTrue();
        assertThat(SYSTEM.allowsOnTopic(Principals.SCHEMA_REGISTRY, READ, "billing.events"))
                .isFalse();
    }

    private static List<AclBinding> system(String prefix) {
        var acls = new ArrayList<>(BackboneAcls.topics(prefix));
        acls.addAll(BackboneAcls.readerGroups());
        acls.addAll(BackboneAcls.registry("_schemas"));
        Principals.SERVICES.forEach(
                service -> acls.addAll(BackboneAcls.streams(service, Principals.applicationIdOf(service))));
        return acls;
    }

    private static List<String> ownTopics(String service) {
        return Stream.of("commands", "command-outcomes", "policy-rejections", "events")
                .map(name -> service + "." + name)
                .toList();
    }

    private static List<String> internalTopics() {
        var internal = new ArrayList<String>();
        for (var service : Principals.SERVICES) {
            internal.add(service + ".commands");
            internal.add(service + ".command-outcomes");
            internal.add(service + ".policy-rejections");
            internal.add(service + "-service-decide-store-changelog");
            internal.add(service + "-service-read-models-by-year-repartition");
        }
        internal.add("admissions.intake-commands");
        internal.add("_schemas");
        return internal;
    }
}
