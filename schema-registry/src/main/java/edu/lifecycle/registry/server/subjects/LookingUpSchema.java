package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.avro.AvroSchemas;
import edu.lifecycle.registry.server.config.EffectiveConfig;
import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.http.Request;
import edu.lifecycle.registry.server.http.Response;
import edu.lifecycle.registry.server.schemas.SchemaView;
import edu.lifecycle.registry.server.store.SchemaStore;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /subjects/{subject}}: is this schema registered under the subject, and as which version? Serializers
 * that must not register ({@code auto.register.schemas=false}) ask this.
 */
public final class LookingUpSchema {

    private final SchemaStore store;
    private final EffectiveConfig config;
    private final AvroSchemas avro;

    public LookingUpSchema(SchemaStore store, EffectiveConfig config, AvroSchemas avro) {
        this.store = store;
        this.config = config;
        this.avro = avro;
    }

    public Response lookUp(Request request) {
        String subject = request.subject();
        Candidate candidate =
                SchemaRequest.from(request).parse(avro, request.flag("normalize") || config.normalize(subject));
        List<StoredSchema> versions = Versions.visible(store.versions(subject), request.flag("deleted"));
        if (versions.isEmpty()) {
            throw Errors.subjectNotFound(subject);
        }
        return Response.ok(SchemaView.ofLookup(matching(candidate, versions).orElseThrow(Errors::schemaNotFound)));
    }

    /**
     * Equal stored text first; failing that, equal normalized forms, so that a schema registered with
     * {@code normalize=true} is still found by a client that sends it un-normalized.
     */
    private Optional<StoredSchema> matching(Candidate candidate, List<StoredSchema> versions) {
        Comparator<StoredSchema> latest = Comparator.comparingInt(StoredSchema::version);
        Optional<StoredSchema> exact = versions.stream()
                .filter(v -> v.schema().equals(candidate.text()))
                .max(latest);
        if (exact.isPresent()) {
            return exact;
        }
        String normalized = avro.storedForm(candidate.avro(), true);
        return versions.stream()
                .filter(v -> avro.storedForm(avro.parseStored(v.schema()), true).equals(normalized))
                .max(latest);
    }
}
