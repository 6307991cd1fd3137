package edu.lifecycle.servicekit.state;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.command.PolicyRejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.api.Test;

/** The kit's own stored records: committed, and read in the JSON of the release before. */
class KitStoredStateSchemasTest {

    /**
     * Every kit record with a schema committed in {@code src/main/resources/state-schemas/} (the policy rejections, the
     * processed commands' outcomes): its newest schema is the derived one and reads each older one, as each service's
     * {@code StoredStateSchemasTest} checks its own. With {@code -Dstate-schemas.write=true}, a changed type's derived
     * schema is written as its next version.
     */
    @Test
    void everyStoredKitRecordHasItsSchemaCommitted() throws IOException, ClassNotFoundException {
        var folder = Path.of("src", "main", "resources", StateSchemas.FOLDER);
        var types = new TreeSet<String>();
        try (var files = Files.list(folder)) {
            files.map(file -> file.getFileName().toString().replaceFirst("\\.v\\d+\\.avsc$", ""))
                    .forEach(types::add);
        }
        assertThat(types).contains(PolicyRejection.class.getName(), "edu.lifecycle.servicekit.stream.StoredOutcome");

        for (var name : types) {
            var type = Class.forName(name).asSubclass(Record.class);
            var derived = StateSchemas.derived(type);
            List<Schema> committed = StateSchemas.committed(type);
            if (Boolean.getBoolean("state-schemas.write") && !derived.equals(committed.get(committed.size() - 1))) {
                Files.writeString(
                        Path.of("src", "main", "resources", StateSchemas.resourceOf(type, committed.size() + 1)),
                        derived.toString(true) + "\n");
                continue;
            }
            assertThat(committed).as(name).last().isEqualTo(derived);
            for (var older : committed) {
                assertThat(SchemaCompatibility.checkReaderWriterCompatibility(derived, older)
                                .getType())
                        .as(name)
                        .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
            }
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
