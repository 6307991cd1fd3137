package edu.lifecycle.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.localstack.backbone.BackboneAcls;
import edu.lifecycle.localstack.backbone.Principals;
import edu.lifecycle.placement.topics.PlacementTopics;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.DeadLetterReplay;
import edu.lifecycle.servicekit.stream.DeadLetters;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.Topic;
import edu.lifecycle.servicekit.topic.TopicCatalogue;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The backbone's ACLs name each service's topics and Streams application from a table of their own; the services name
 * them in their catalogues and configuration. Here the two are held together, so a service cannot start reading a
 * topic, or be renamed, without its rights following.
 */
class BackboneMatchesTheServicesTest {

    private static final TopicNames NAMES = new TopicNames("");
    private static final AvroSerdes AVRO = new AvroSerdes("mock://backbone");

    @ParameterizedTest
    @ValueSource(strings = {"admissions", "billing", "curriculum", "placement"})
    void aServiceReadsExactlyTheOtherServicesTopicsItsRightsName(String service) {
        var catalogue = catalogueOf(service);

        var othersTopics = catalogue.topics().stream()
                .map(Topic::name)
                .filter(name -> !name.startsWith(service + "."))
                .toList();

        assertThat(othersTopics).containsExactlyInAnyOrderElementsOf(Principals.readsOf(service));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admissions", "billing", "curriculum", "placement"})
    @SuppressWarnings("unchecked")
    void aServiceIsNamedAsItsPrincipalAndItsApplicationIdAsTheRightsExpect(String service) throws IOException {
        var module = service + "-service";
        Map<String, Object> yml;
        try (InputStream in = getClass().getResourceAsStream("/" + module + ".yml")) {
            yml = new Yaml().load(in);
        }
        var spring = (Map<String, Object>) yml.get("spring");
        var kit = (Map<String, Object>) ((Map<String, Object>) yml.get("lifecycle")).get("kit");

        assertThat(((Map<String, Object>) spring.get("application")).get("name"))
                .isEqualTo(Principals.applicationIdOf(service));
        assertThat(kit.get("service-name")).isEqualTo(service);
        assertThat(spring.get("kafka").toString()).contains("${KAFKA_USERNAME:" + service + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admissions", "billing", "curriculum", "placement"})
    void eachConsumersDeadLettersAndReplaysFallUnderTheRightsOfItsOwnServiceOnly(String service) {
        String commandSide = Principals.applicationIdOf(service);
        for (String consumer : List.of(commandSide, commandSide + "-read-models")) {
            for (String topic :
                    List.of(DeadLetters.topicFor(consumer), DeadLetterReplay.topicFor(consumer, "admissions.events"))) {
                assertThat(ownersOf(topic)).as(topic).containsExactly("User:" + service);
            }
        }
    }

    /** The principals granted every operation on the topic by the system's ACLs. */
    private static List<String> ownersOf(String topic) {
        return BackboneAcls.system("_schemas").stream()
                .filter(acl -> acl.pattern().resourceType() == ResourceType.TOPIC)
                .filter(acl -> acl.entry().operation() == AclOperation.ALL)
                .filter(acl -> acl.pattern().patternType() == PatternType.PREFIXED
                        ? topic.startsWith(acl.pattern().name())
                        : topic.equals(acl.pattern().name()))
                .map(acl -> acl.entry().principal())
                .distinct()
                .toList();
    }

    private static TopicCatalogue catalogueOf(String service) {
        var commands = CommandTopics.forService(NAMES, service);
        return switch (service) {
            case "admissions" -> new AdmissionsTopics(NAMES, commands, AVRO);
            case "billing" -> new BillingTopics(NAMES, commands, AVRO);
            case "curriculum" -> new CurriculumTopics(NAMES, commands, AVRO);
            case "placement" -> new PlacementTopics(NAMES, commands, AVRO);
            default -> throw new IllegalArgumentException(service);
        };
    }
}
