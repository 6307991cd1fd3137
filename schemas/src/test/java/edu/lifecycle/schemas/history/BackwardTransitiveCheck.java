package edu.lifecycle.schemas.history;

import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * {@code BACKWARD_TRANSITIVE}, the level the registry enforces on every subject: a candidate schema, as reader, must
 * resolve data written with every released version, not only the latest, because a consumer replaying a topic meets
 * all of them.
 */
public final class BackwardTransitiveCheck {

    private BackwardTransitiveCheck() {}

    /** What keeps the candidate from reading each released version; empty when it reads them all. */
    public static List<IncompatibleChange> incompatibleChanges(Schema candidate, List<ReleasedVersion> released) {
        return released.stream()
                .flatMap(version -> incompatibleChanges(candidate, version))
                .toList();
    }

    private static Stream<IncompatibleChange> incompatibleChanges(Schema candidate, ReleasedVersion released) {
        SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(candidate, released.schema());
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return Stream.empty();
        }
        return result.getResult().getIncompatibilities().stream()
                .map(incompatibility -> new IncompatibleChange(
                        released.version(),
                        incompatibility.getLocation(),
                        incompatibility.getType() + ": " + incompatibility.getMessage()));
    }
}
