package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.records.SchemaReference;
import edu.lifecycle.registry.server.store.SchemaGuid;
import java.util.List;
import org.apache.avro.Schema;

/**
 * A schema sent by a client, parsed.
 *
 * @param avro the parsed schema, referenced types resolved, for compatibility checks and equivalence
 * @param text the form it is stored, matched and identified under
 * @param references the versions it references, "latest" replaced by the version it meant
 */
record Candidate(Schema avro, String text, List<SchemaReference> references) {

    Candidate {
        references = List.copyOf(references);
    }

    /** The content id: the same text with the same references is the same schema, whatever the subject. */
    String guid() {
        return SchemaGuid.of(text, references);
    }
}
