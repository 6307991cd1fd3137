package edu.lifecycle.registry.server.avro;

import edu.lifecycle.registry.server.records.SchemaReference;
import java.util.List;
import org.apache.avro.Schema;

/**
 * A schema parsed together with the versions it references.
 *
 * @param avro the schema, with referenced named types resolved
 * @param referenced the top-level type of each referenced version, which the stored text names rather than repeats
 * @param references the references with "latest" (-1) replaced by the version it meant
 */
public record ResolvedSchema(Schema avro, List<Schema> referenced, List<SchemaReference> references) {

    public ResolvedSchema {
        referenced = List.copyOf(referenced);
        references = List.copyOf(references);
    }
}
