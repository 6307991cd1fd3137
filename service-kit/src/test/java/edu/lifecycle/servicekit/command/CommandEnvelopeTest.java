package edu.lifecycle.servicekit.command;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.json.KitJson;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandEnvelopeTest {

    @Test
    void anEnvelopeWrittenBeforeCommandsCarriedTheirActorReadsWithoutOne() {
        String before = "{\"commandId\":\"c-1\",\"aggregateKey\":\"STU-1\",\"type\":\"deposit\","
                + "\"payload\":{\"amount\":\"10.00\"},\"issuedAt\":\"2026-09-01T08:00:00Z\",\"fingerprint\":null}";

        CommandEnvelope read = KitJson.mapper().readValue(before, CommandEnvelope.class);

        assertThat(read.commandId()).isEqualTo("c-1");
        assertThat(read.actor()).isNull();
        assertThat(read.format()).isEqualTo(1);
    }

    @Test
    void theActorTravelsWithTheCommand() {
        var envelope = CommandEnvelope.of("c-2", "STU-1", "deposit", Map.of("amount", "10.00"), Instant.EPOCH)
                .withFingerprint("f")
                .withActor("bursar.martin");

        CommandEnvelope read =
                KitJson.mapper().readValue(KitJson.mapper().writeValueAsString(envelope), CommandEnvelope.class);

        assertThat(read.actor()).isEqualTo("bursar.martin");
        assertThat(read.fingerprint()).isEqualTo("f");
    }
}
