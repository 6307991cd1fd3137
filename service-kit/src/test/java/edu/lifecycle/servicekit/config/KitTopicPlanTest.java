package edu.lifecycle.servicekit.config;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopics;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopology;
import edu.lifecycle.servicekit.observe.KitObservations;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicLayout;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class KitTopicPlanTest {

    private final TopicNames names = new TopicNames("t1.");
    private final CommandTopics commandTopics = CommandTopics.forService(names, "ledger");
    private final LedgerTopics ledgerTopics =
            new LedgerTopics(names, commandTopics, new AvroSerdes("mock://plan").values());

    @Test
    void createsTheCatalogueTheCommandTopicsAndPerConsumerADeadLetterTopicAndAReplayTopicForEveryTopicRead() {
        var topology = ServiceTopology.commandSide(
                List.of(new LedgerTopology(ledgerTopics)),
                commandTopics,
                ServiceTopology.observedBuilder("ledger-app", "unused:9092", "commands", KitObservations.none()));

        Map<String, NewTopic> plan = KitTopicPlan.of(
                        List.of(ledgerTopics),
                        commandTopics,
                        Map.of("ledger-app", topology),
                        new TopicLayout(6, (short) 3),
                        Duration.ofDays(30))
                .stream()
                .collect(Collectors.toMap(NewTopic::name, topic -> topic));

        assertThat(plan)
                .containsOnlyKeys(
                        "t1.ledger.commands",
                        "t1.ledger.command-outcomes",
                        "t1.ledger.policy-rejections",
                        "t1.ledger.entries",
                        "t1.ledger.tally-commands",
                        "t1.bank.transfers",
                        "ledger-app-dlt",
                        "ledger-app-replay-t1.ledger.commands",
                        "ledger-app-replay-t1.ledger.tally-commands",
                        "ledger-app-replay-t1.bank.transfers");
        assertThat(plan.values()).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(6);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        });
        assertThat(plan.get("t1.ledger.command-outcomes").configs()).containsEntry("cleanup.policy", "compact");
        assertThat(plan.get("t1.ledger.entries").configs()).containsEntry("cleanup.policy", "delete");
        assertThat(plan.get("t1.ledger.policy-rejections").configs()).containsEntry("cleanup.policy", "delete");
        assertThat(plan.get("ledger-app-dlt").configs())
                .as("dead letters are kept for the configured retention, not forever")
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(30).toMillis()));
        assertThat(plan.get("ledger-app-replay-t1.bank.transfers").configs())
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(30).toMillis()));
    }
}
