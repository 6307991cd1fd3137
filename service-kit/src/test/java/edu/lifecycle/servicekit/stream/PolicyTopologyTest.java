package edu.lifecycle.servicekit.stream;

import static edu.lifecycle.servicekit.ledger.LedgerFixtures.opening;
import static edu.lifecycle.servicekit.stream.DeadLetterTopologyTest.header;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.command.PolicyRejection;
import edu.lifecycle.servicekit.ledger.LedgerDriver;
import edu.lifecycle.servicekit.ledger.bank.TransferReceived;
import edu.lifecycle.servicekit.ledger.stream.LedgerEntry;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopology;
import edu.lifecycle.servicekit.ledger.stream.TransferPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyTopologyTest {

    private final LedgerDriver ledger = new LedgerDriver();

    @BeforeEach
    void openAccount() {
        ledger.send("c1", "acc-1", "open-account", opening("acc-1", "Ada"));
        ledger.entries.readValuesToList();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void eventOfAnotherServiceBecomesOurCommandAndTakesEffect() {
        ledger.transfers.pipeInput("acc-1", transfer("t-1", 30, "EUR"));

        assertThat(ledger.accounts().get("acc-1").balance()).isEqualTo(30);
        assertThat(ledger.entries.readValuesToList()).containsExactly(new LedgerEntry("acc-1", "deposited", 30));
        CommandOutcome outcome = ledger.lastOutcomeOf("policy:" + TransferPolicy.NAME + ":t-1");
        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        assertThat(ledger.commandsWritten.isEmpty())
                .as("decided in the task that read the event, without a trip through the commands topic")
                .isTrue();
    }

    @Test
    void anEventKeyedByAnotherThanTheAggregateItCommandsGoesThroughTheCommandsTopicAndTakesEffect() {
        // Keyed by something else, the event may be in another partition than the account's: deciding it here could
        // split the account's state over two tasks.
        ledger.transfers.pipeInput("batch-7", transfer("t-1", 30, "EUR"));

        assertThat(ledger.commandsWritten.readKeyValue().key).isEqualTo("acc-1");
        assertThat(ledger.accounts().get("acc-1").balance()).isEqualTo(30);
        assertThat(ledger.lastOutcomeOf("policy:" + TransferPolicy.NAME + ":t-1")
                        .status())
                .isEqualTo(CommandOutcome.Status.ACCEPTED);
    }

    @Test
    void theEventsTopicAndTheAggregatesCommandsAreReadInOneTask() {
        var topology = ServiceTopology.build(
                List.of(new LedgerTopology(ledger.topics())), ledger.topics().commands());

        var together = topology.describe().subtopologies().stream()
                .filter(sub ->
                        sub.nodes().stream().anyMatch(node -> node.name().equals(TransferPolicy.NAME + "-decide")))
                .flatMap(sub -> sub.nodes().stream())
                .filter(node -> node instanceof TopologyDescription.Source)
                .flatMap(node -> ((TopologyDescription.Source) node).topicSet().stream())
                .toList();
        assertThat(together).contains("bank.transfers", "ledger.commands");
    }

    @Test
    void aPolicysCommandThatFailedIsDecidedAgainWhenItsEventIsReplayedWhileARedeliveryIsNot() {
        String commandId = "policy:" + TransferPolicy.NAME + ":t-1";
        // The command id's first outcome is a failure (a defect since fixed, say).
        ledger.send(commandId, "acc-1", "close-account", Map.of("amount", 1));
        ledger.commandDeadLetters.readRecord();

        ledger.transfers.pipeInput("acc-1", transfer("t-1", 30, "EUR"));
        assertThat(ledger.accounts().get("acc-1").balance())
                .as("a redelivery is answered")
                .isZero();

        var replay =
                new RecordHeaders().add(DeadLetterReplay.REPLAY_OF, "ledger-dlt/0/1".getBytes(StandardCharsets.UTF_8));
        ledger.transfers.pipeInput(new TestRecord<>("acc-1", transfer("t-1", 30, "EUR"), replay));

        assertThat(header(ledger.commandsWritten.readRecord().headers(), DeadLetterReplay.REPLAY_OF))
                .as("a replay was read from the partition an operator's tool chose: it goes the aggregate's way")
                .isEqualTo("ledger-dlt/0/1");
        assertThat(ledger.accounts().get("acc-1").balance()).isEqualTo(30);
        assertThat(ledger.lastOutcomeOf(commandId).status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
    }

    @Test
    void redeliveredEventMakesTheSameCommandAndChangesNothing() {
        ledger.transfers.pipeInput("acc-1", transfer("t-1", 30, "EUR"));
        ledger.transfers.pipeInput("acc-1", transfer("t-1", 30, "EUR"));

        assertThat(ledger.accounts().get("acc-1").balance()).isEqualTo(30);
        assertThat(ledger.entries.readValuesToList()).hasSize(1);
    }

    @Test
    void theCommandHappensWhenTheEventHappenedNotWhenTheBrokerStampedIt() {
        Instant inAPlayedYear = Instant.parse("2027-03-15T10:00:00Z");
        var event = TransferReceived.newBuilder(transfer("t-1", 30, "EUR"))
                .setAccountId("acc-unknown")
                .setOccurredAt(inAPlayedYear)
                .build();

        ledger.transfers.pipeInput("acc-unknown", event, Instant.parse("2026-12-02T13:00:00Z"));

        try (var all = ledger.policyRejections().all()) {
            assertThat(all.next().value.occurredAt()).isEqualTo(inAPlayedYear);
        }
    }

    @Test
    void aRefusedPolicyCommandIsKeptWhereAnOperatorSeesIt() {
        var forNobody = TransferReceived.newBuilder(transfer("t-9", 30, "EUR"))
                .setAccountId("acc-unknown")
                .build();

        ledger.transfers.pipeInput("acc-unknown", forNobody);

        List<PolicyRejection> rejections = new ArrayList<>();
        try (var all = ledger.policyRejections().all()) {
            all.forEachRemaining(entry -> rejections.add(entry.value));
        }
        assertThat(rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.studentId()).isEqualTo("acc-unknown");
            assertThat(rejection.policy()).isEqualTo(TransferPolicy.NAME);
            assertThat(rejection.commandType()).isEqualTo("deposit");
            assertThat(rejection.rule()).isEqualTo("account-must-exist");
            assertThat(rejection.commandId()).isEqualTo("policy:" + TransferPolicy.NAME + ":t-9");
            assertThat(rejection.occurredAt()).isEqualTo(Instant.parse("2026-09-01T09:00:00Z"));
        });
    }

    @Test
    void aClientsRefusedCommandIsNotAPolicyRejection() {
        ledger.send("c-9", "acc-unknown", "deposit", Map.of("amount", 5));

        try (var all = ledger.policyRejections().all()) {
            assertThat(all.hasNext()).isFalse();
        }
    }

    @Test
    void eventThatDoesNotConcernUsIsIgnored() {
        ledger.transfers.pipeInput("acc-1", transfer("t-1", 30, "USD"));

        assertThat(ledger.accounts().get("acc-1").balance()).isZero();
        assertThat(ledger.outcomes.isEmpty()).isTrue();
        assertThat(ledger.transferDeadLetters.isEmpty()).isTrue();
    }

    @Test
    void eventThatCannotBeTranslatedGoesRawToItsTopicsDeadLettersAndTheNextIsTranslated() {
        ledger.transfers.pipeInput("acc-1", transfer("t-1", -5, "EUR"));
        ledger.transfers.pipeInput("acc-1", transfer("t-2", 7, "EUR"));

        TestRecord<byte[], byte[]> deadLetter = ledger.transferDeadLetters.readRecord();
        byte[] original = ledger.topics()
                .transfers()
                .valueSerde()
                .serializer()
                .serialize(ledger.topics().transfers().name(), transfer("t-1", -5, "EUR"));
        assertThat(deadLetter.value()).isEqualTo(original);
        assertThat(header(deadLetter.headers(), DeadLetters.REASON))
                .contains(PolicyTranslationException.class.getName())
                .contains("A transfer must bring a positive amount, not -5");
        assertThat(header(deadLetter.headers(), DeadLetters.SOURCE_TOPIC)).isEqualTo("bank.transfers");
        assertThat(header(deadLetter.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("0");
        assertThat(ledger.accounts().get("acc-1").balance()).isEqualTo(7);
    }

    private static TransferReceived transfer(String eventId, long amountMinor, String currency) {
        return TransferReceived.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(Instant.parse("2026-09-01T09:00:00Z"))
                .setAccountId("acc-1")
                .setAmountMinor(amountMinor)
                .setCurrency(currency)
                .build();
    }
}
