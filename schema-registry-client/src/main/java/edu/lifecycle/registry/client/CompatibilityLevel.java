package edu.lifecycle.registry.client;

import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * The registry's compatibility levels. BACKWARD means the new schema can read data written with the previous one;
 * FORWARD the reverse; FULL both. Transitive levels check every earlier live version, the others only the latest.
 */
enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean newReadsOld;
    private final boolean oldReadsNew;
    private final boolean transitive;

    CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
        this.newReadsOld = newReadsOld;
        this.oldReadsNew = oldReadsNew;
        this.transitive = transitive;
    }

    static CompatibilityLevel forName(String name) throws RestClientException {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RestClientException(
                    "Invalid compatibility level. Valid values are none, backward, forward, full, backward_transitive,"
                            + " forward_transitive, and full_transitive",
                    422,
                    42203);
        }
    }

    /** Checks the candidate against the live versions, newest first, as the server does. */
    boolean accepts(Schema candidate, List<Schema> previousNewestFirst) {
        List<Schema> against =
                transitive || previousNewestFirst.isEmpty() ? previousNewestFirst : previousNewestFirst.subList(0, 1);
        for (Schema previous : against) {
            if (newReadsOld && !canRead(candidate, previous)) {
                return false;
            }
            if (oldReadsNew && !canRead(previous, candidate)) {
                return false;
            }
        }
        return true;
    }

    private static boolean canRead(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                        .getType()
                == SchemaCompatibilityType.COMPATIBLE;
    }
}
