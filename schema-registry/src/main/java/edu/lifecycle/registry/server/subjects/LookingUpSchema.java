package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.avro.AvroSchemas;
import edu.lifecycle.registry.server.avro.SchemaResolver;
import edu.lifecycle.registry.server.avro.Strictness;
import edu.lifecycle.registry.server.config.EffectiveConfig;
import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.http.Request;
import edu.lifecycle.registry.server.http.Response;
import edu.lifecycle.registry.server.schemas.SchemaView;
import edu.lifecycle.registry.server.store.SchemaStore;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /subjects/{subject}}: is this schema registered under the subject, and as which version? Serializers
 * that must not register ({@code auto.register.schemas=false}) ask this. A schema is found as registration finds
 * it: by its text, else by an equivalent spelling, so a schema registered with {@code normalize=true} is still found
 * by a client that sends it un-normalized. A request without a schema finds nothing.
 */
public final class LookingUpSchema {

    private final SchemaStore store;
    private final EffectiveConfig config;
    private final AvroSchemas avro;
    private final SchemaResolver schemas;
    private final MatchingVersion matching;

    public LookingUpSchema(SchemaStore store, EffectiveConfig config, AvroSchemas avro, SchemaResolver schemas) {
        this.store = store;
        this.config = config;
        this.avro = avro;
        this.schemas = schemas;
        this.matching = new MatchingVersion(schemas);
    }

    public Response lookUp(Request request) {
        String subject = request.subject();
        SchemaRequest body = SchemaRequest.from(request);
        boolean normalize = request.flag("normalize") || config.normalize(subject);
        List<StoredSchema> versions = Versions.visible(store.versions(subject), request.flag("deleted"));
        Optional<MatchingVersion.Match> match = body.hasSchema()
                ? matching.in(versions, body.parse(schemas, avro, subject, normalize, Strictness.KNOWN))
                : Optional.empty();
        return Response.ok(match.map(m -> SchemaView.ofLookup(m.version(), m.sameText()))
                .orElseThrow(() -> versions.isEmpty() ? Errors.subjectNotFound(subject) : Errors.schemaNotFound()));
    }
}
