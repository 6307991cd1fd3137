package edu.lifecycle.registry.server.compatibility;

import edu.lifecycle.registry.server.CompatibilityLevel;
import edu.lifecycle.registry.server.avro.SchemaResolver;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Checks a new schema against earlier versions at a compatibility level, with Avro's reader/writer check, and
 * explains a refusal in the words Confluent's registry uses (clients and people grep for them).
 *
 * <p>BACKWARD reads old data with the new schema (reader = new, writer = old); FORWARD reads new data with an old
 * schema (reader = old, writer = new); FULL does both, the forward check first. Non-transitive levels look at the
 * latest version only; transitive ones walk back from it and stop at the first version that fails.
 */
public final class CompatibilityChecker {

    /** Confluent cuts the old schema in a message at this many characters. */
    private static final int MAX_SCHEMA_IN_MESSAGE = 10 * 1024;

    private final SchemaResolver schemas;

    public CompatibilityChecker(SchemaResolver schemas) {
        this.schemas = schemas;
    }

    /**
     * Returns nothing when the candidate is compatible, else the messages describing why not.
     *
     * @param earlierNewestFirst the live (not soft-deleted) versions to check against, latest first
     */
    public List<String> check(CompatibilityLevel level, Schema candidate, List<StoredSchema> earlierNewestFirst) {
        if (level == CompatibilityLevel.NONE || earlierNewestFirst.isEmpty()) {
            return List.of();
        }
        List<StoredSchema> earlier = level.transitive() ? earlierNewestFirst : earlierNewestFirst.subList(0, 1);
        for (StoredSchema old : earlier) {
            List<String> messages = checkOne(level, candidate, old);
            if (!messages.isEmpty()) {
                messages.add("{validateFields: 'false', compatibility: '" + level.name() + "'}");
                return List.copyOf(messages);
            }
        }
        return List.of();
    }

    private List<String> checkOne(CompatibilityLevel level, Schema candidate, StoredSchema old) {
        Schema oldSchema = schemas.parseStored(old);
        List<String> messages = new ArrayList<>();
        if (level.oldReadsNew()) {
            // Under FULL, Confluent names the old version only after the backward half of the check.
            boolean nameOld = !level.newReadsOld();
            messages.addAll(describe(readerWriter(oldSchema, candidate), Side.OLD, Side.NEW, old, nameOld));
        }
        if (level.newReadsOld()) {
            messages.addAll(describe(readerWriter(candidate, oldSchema), Side.NEW, Side.OLD, old, true));
        }
        return messages;
    }

    private static List<Incompatibility> readerWriter(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult()
                .getIncompatibilities();
    }

    private static List<String> describe(
            List<Incompatibility> incompatibilities, Side reader, Side writer, StoredSchema old, boolean nameOld) {
        List<String> messages = new ArrayList<>();
        for (Incompatibility incompatibility : incompatibilities) {
            messages.add(IncompatibilityMessage.of(incompatibility, reader.word, writer.word));
        }
        if (!messages.isEmpty() && nameOld) {
            messages.add("{oldSchemaVersion: " + old.version() + "}");
            String schema = old.schema();
            messages.add(
                    schema.length() <= MAX_SCHEMA_IN_MESSAGE
                            ? "{oldSchema: '" + schema + "'}"
                            : "{oldSchema: <truncated to " + MAX_SCHEMA_IN_MESSAGE + " characters> '"
                                    + schema.substring(0, MAX_SCHEMA_IN_MESSAGE) + "'}");
        }
        return messages;
    }

    private enum Side {
        NEW("new"),
        OLD("old");

        private final String word;

        Side(String word) {
            this.word = word;
        }
    }
}
