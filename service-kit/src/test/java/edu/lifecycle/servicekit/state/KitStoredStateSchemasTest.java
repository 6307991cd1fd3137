package edu.lifecycle.servicekit.state;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.command.PolicyRejection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.api.Test;

/** The kit's own stored record: committed, and read in the JSON of the release before. */
class KitStoredStateSchemasTest {

    @Test
    void policyRejectionsAreStoredInTheirCommittedSchema() {
        List<org.apache.avro.Schema> committed = StateSchemas.committed(PolicyRejection.class);

        assertThat(committed).last().isEqualTo(StateSchemas.derived(PolicyRejection.class));
        for (var older : committed) {
            assertThat(SchemaCompatibility.checkReaderWriterCompatibility(
                                    StateSchemas.derived(PolicyRejection.class), older)
                            .getType())
                    .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        }
    }

    @Test
    void aPolicyRejectionStoredAsJsonIsReadAfterTheUpgrade() {
        var json = ("{\"commandId\":\"c-1\",\"policy\":\"billing-on-enrollment\",\"studentId\":\"s-1\","
                        + "\"commandType\":\"open-account\",\"rule\":\"account-exists\",\"detail\":\"already open\","
                        + "\"occurredAt\":\"2026-09-01T08:00:00Z\",\"recordedAt\":\"2026-09-01T08:00:01.5Z\"}")
                .getBytes(StandardCharsets.UTF_8);
        var rejection = new PolicyRejection(
                "c-1",
                "billing-on-enrollment",
                "s-1",
                "open-account",
                "account-exists",
                "already open",
                Instant.parse("2026-09-01T08:00:00Z"),
                Instant.parse("2026-09-01T08:00:01.5Z"));
        var serde = StateSerde.of(PolicyRejection.class);

        assertThat(serde.deserialize("policy-rejections", json)).isEqualTo(rejection);
        assertThat(serde.deserialize("policy-rejections", serde.serialize("policy-rejections", rejection)))
                .isEqualTo(rejection);
    }
}
