package edu.lifecycle.servicekit.stream;

import static edu.lifecycle.servicekit.ledger.LedgerFixtures.amount;
import static edu.lifecycle.servicekit.ledger.LedgerFixtures.opening;
import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.ledger.LedgerDriver;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadLetterTopologyTest {

    private final LedgerDriver ledger = new LedgerDriver();

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void unreadableCommandGoesRawToDeadLettersWithReasonAndTheNextCommandIsProcessed() {
        // TopologyTestDriver drops what a deserialization handler sends while a transaction is open, so this test
        // runs at-least-once; DeadLettersIntegrationTest shows the same under exactly-once on a real broker.
        var atLeastOnce = new Properties();
        atLeastOnce.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        try (var ledger = new LedgerDriver(atLeastOnce)) {
            byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);
            ledger.rawCommands.pipeInput("acc-1", poison);
            CommandOutcome next = ledger.send("c1", "acc-1", "open-account", opening("acc-1", "Ada"));

            assertPoisonDeadLettered(ledger, poison);
            assertThat(next.status()).isEqualTo(CommandOutcome.Status.ACCEPTED);
        }
    }

    private static void assertPoisonDeadLettered(LedgerDriver ledger, byte[] poison) {
        TestRecord<byte[], byte[]> deadLetter = ledger.commandDeadLetters.readRecord();
        assertThat(deadLetter.value()).isEqualTo(poison);
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("acc-1");
        assertThat(header(deadLetter.headers(), DeadLetters.REASON)).contains("SerializationException");
        assertThat(header(deadLetter.headers(), DeadLetters.SOURCE_TOPIC)).isEqualTo("ledger.commands");
        assertThat(header(deadLetter.headers(), DeadLetters.SOURCE_PARTITION)).isEqualTo("0");
        assertThat(header(deadLetter.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("0");
    }

    @Test
    void commandTheAggregateCannotReadFailsAndGoesToDeadLetters() {
        ledger.send("c1", "acc-1", "open-account", opening("acc-1", "Ada"));

        CommandOutcome outcome = ledger.send("c2", "acc-1", "close-account", amount(1));

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.FAILED);
        TestRecord<byte[], byte[]> deadLetter = ledger.commandDeadLetters.readRecord();
        assertThat(header(deadLetter.headers(), DeadLetters.REASON))
                .contains("IllegalArgumentException")
                .contains("Unknown AccountCommand type 'close-account'");
        assertThat(header(deadLetter.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("1");
        assertThat(header(deadLetter.headers(), DeadLetters.SOURCE_TOPIC)).isEqualTo("ledger.commands");
        assertThat(header(deadLetter.headers(), DeadLetters.CONSUMER))
                .as("the consumer that failed is named, and its own topic holds the dead letter")
                .isEqualTo("ledger");
        assertThat(header(deadLetter.headers(), DeadLetters.REASON_TYPE)).isEqualTo("IllegalArgumentException");
        assertThat(Instant.parse(header(deadLetter.headers(), DeadLetters.TIME)))
                .isNotNull();
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8))
                .as("the command as it was read, not re-serialized")
                .contains("\"commandId\":\"c2\"");
        assertThat(ledger.send("c2", "acc-1", "close-account", amount(1)).status())
                .as("a repeat of a failed command is not decided again")
                .isEqualTo(CommandOutcome.Status.FAILED);
        assertThat(ledger.commandDeadLetters.isEmpty()).isTrue();
    }

    @Test
    void aFailedCommandReplayedFromItsDeadLetterIsDecidedAgainWhileAPlainRepeatIsNot() {
        ledger.send("c1", "acc-1", "open-account", opening("acc-1", "Ada"));
        ledger.send("c2", "acc-1", "close-account", amount(1));
        ledger.commandDeadLetters.readRecord();

        var replay =
                new RecordHeaders().add(DeadLetterReplay.REPLAY_OF, "ledger-dlt/0/0".getBytes(StandardCharsets.UTF_8));
        ledger.commands.pipeInput(new TestRecord<>(
                "acc-1",
                CommandEnvelope.of("c2", "acc-1", "close-account", amount(1), Instant.parse("2026-09-01T00:00:00Z")),
                replay));

        TestRecord<byte[], byte[]> again = ledger.commandDeadLetters.readRecord();
        assertThat(header(again.headers(), DeadLetterReplay.REPLAY_OF))
                .as("decided again (and, its defect not fixed here, set aside again)")
                .isEqualTo("ledger-dlt/0/0");
        assertThat(ledger.commandDeadLetters.isEmpty()).isTrue();
    }

    static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
