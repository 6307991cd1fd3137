package edu.lifecycle.servicekit.stream;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.command.CommandOutcome;
import edu.lifecycle.servicekit.decision.Rejection;
import edu.lifecycle.servicekit.decision.RejectionKind;
import edu.lifecycle.servicekit.json.KitJson;
import edu.lifecycle.servicekit.state.StateSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The processed-commands stores hold each outcome in binary, and read the JSON the releases before ADR 16 wrote. */
class StoredOutcomeTest {

    private static final String STORE = "account-processed-commands";
    private static final Instant AT = Instant.parse("2026-09-01T08:00:00.25Z");

    private final org.apache.kafka.common.serialization.Serde<CommandOutcome> serde =
            Aggregate.processedCommandsSerde();

    @Test
    void everyKindOfOutcomeIsWrittenInBinaryAndReadBackEqual() {
        var outcomes = List.of(
                CommandOutcome.accepted(
                                "c-1",
                                "acc-1",
                                KitJson.mapper().readTree("{\"owner\":\"Ada\",\"balance\":40,\"tags\":[\"a\",null]}"),
                                AT)
                        .withFingerprint("sha256:abc"),
                CommandOutcome.accepted("c-2", "acc-1", null, AT),
                CommandOutcome.rejected(
                        "c-3",
                        "acc-1",
                        new Rejection("balance-must-cover-withdrawal", RejectionKind.RULE_BROKEN, "No."),
                        AT),
                CommandOutcome.failed("c-4", "acc-1", AT).withFingerprint("sha256:def"));

        for (var outcome : outcomes) {
            byte[] stored = serde.serializer().serialize(STORE, outcome);
            assertThat(StateSerde.isBinary(stored)).isTrue();
            assertThat(serde.deserializer().deserialize(STORE, stored)).isEqualTo(outcome);
        }
        assertThat(serde.serializer().serialize(STORE, null)).isNull();
        assertThat(serde.deserializer().deserialize(STORE, null)).isNull();
    }

    @Test
    void anOutcomeStoredAsJsonByTheEarlierReleaseIsReadAfterTheUpgrade() {
        var accepted = ("{\"commandId\":\"c-1\",\"aggregateKey\":\"acc-1\",\"status\":\"ACCEPTED\",\"rejection\":null,"
                        + "\"view\":{\"owner\":\"Ada\",\"balance\":40},\"decidedAt\":\"2026-09-01T08:00:00.25Z\","
                        + "\"fingerprint\":\"sha256:abc\"}")
                .getBytes(StandardCharsets.UTF_8);
        var rejected = ("{\"commandId\":\"c-3\",\"aggregateKey\":\"acc-1\",\"status\":\"REJECTED\","
                        + "\"rejection\":{\"rule\":\"account-already-open\",\"kind\":\"CONFLICT\",\"detail\":\"Open.\"},"
                        + "\"view\":null,\"decidedAt\":\"2026-09-01T08:00:00.25Z\",\"fingerprint\":null}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(serde.deserializer().deserialize(STORE, accepted))
                .isEqualTo(CommandOutcome.accepted(
                                "c-1", "acc-1", KitJson.mapper().readTree("{\"owner\":\"Ada\",\"balance\":40}"), AT)
                        .withFingerprint("sha256:abc"));
        assertThat(serde.deserializer().deserialize(STORE, rejected))
                .isEqualTo(CommandOutcome.rejected(
                        "c-3", "acc-1", new Rejection("account-already-open", RejectionKind.CONFLICT, "Open."), AT));
    }
}
