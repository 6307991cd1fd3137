package edu.lifecycle.servicekit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.stream.StreamsRuntime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CommandReadinessTest {

    private static final Duration FIRST_WAIT = Duration.ofSeconds(2);

    private final StreamsRuntime streams = mock(StreamsRuntime.class);
    private final CommandGateway gateway = mock(CommandGateway.class);
    private final CommandReadiness readiness = new CommandReadiness(
            streams,
            gateway,
            FIRST_WAIT,
            Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC),
            "ledger",
            0);

    @Test
    void aProbeLeftUnansweredIsSentAgainWithTwiceTheWaitUpToALimitSoASlowMachineStillBecomesReady() {
        running();
        when(gateway.partitions()).thenReturn(1);
        when(gateway.probe(eq(0), any())).thenReturn(false, false, false, false, false, false, true);

        for (int round = 0; round < 7; round++) {
            readiness.checkSurviving();
        }

        var waits = ArgumentCaptor.forClass(Duration.class);
        verify(gateway, atLeastOnce()).probe(eq(0), waits.capture());
        assertThat(waits.getAllValues())
                .containsExactly(
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16),
                        CommandReadiness.LONGEST_PROBE_WAIT,
                        CommandReadiness.LONGEST_PROBE_WAIT,
                        CommandReadiness.LONGEST_PROBE_WAIT);
        assertThat(readiness.status().ready()).isTrue();
    }

    @Test
    void whileUnansweredTheReasonSaysHowLongItWaitedAndOnWhichPartition() {
        running();
        when(gateway.partitions()).thenReturn(3);
        when(gateway.probe(eq(0), any())).thenReturn(true);
        when(gateway.probe(eq(1), any())).thenReturn(false);

        readiness.checkSurviving();

        assertThat(readiness.status().ready()).isFalse();
        assertThat(readiness.status().reason())
                .isEqualTo("no answer within 2000 ms to a command on partition 1 of the commands topic");
    }

    @Test
    void aRoundThatFailsLeavesTheInstanceNotReadyWithTheReasonAndTheNextRoundGoesOn() {
        running();
        when(gateway.partitions())
                .thenThrow(new TimeoutException("Topic ledger.commands not present in metadata after 60000 ms."))
                .thenReturn(1);
        when(gateway.probe(eq(0), any())).thenReturn(true);

        readiness.checkSurviving();
        assertThat(readiness.status().ready()).isFalse();
        assertThat(readiness.status().reason())
                .isEqualTo("the readiness check failed: Topic ledger.commands not present in metadata after 60000 ms.");

        readiness.checkSurviving();
        assertThat(readiness.status().ready()).isTrue();
    }

    private void running() {
        when(streams.state()).thenReturn(KafkaStreams.State.RUNNING);
        when(streams.states())
                .thenReturn(Map.of("commands", KafkaStreams.State.RUNNING, "read-models", KafkaStreams.State.RUNNING));
    }
}
