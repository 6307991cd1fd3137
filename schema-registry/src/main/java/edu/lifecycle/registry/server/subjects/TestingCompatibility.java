package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.avro.AvroSchemas;
import edu.lifecycle.registry.server.avro.SchemaResolver;
import edu.lifecycle.registry.server.avro.Strictness;
import edu.lifecycle.registry.server.compatibility.CompatibilityChecker;
import edu.lifecycle.registry.server.config.EffectiveConfig;
import edu.lifecycle.registry.server.http.ApiException;
import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.http.Request;
import edu.lifecycle.registry.server.http.Response;
import edu.lifecycle.registry.server.store.SchemaStore;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.List;

/**
 * {@code POST /compatibility/subjects/{subject}/versions[/{version}]}: would this schema be accepted? Nothing is
 * written. Against one version the subject's level decides the direction; against all versions it also decides
 * whether only the latest or every live version counts.
 */
public final class TestingCompatibility {

    private final SchemaStore store;
    private final EffectiveConfig config;
    private final AvroSchemas avro;
    private final SchemaResolver schemas;
    private final CompatibilityChecker checker;

    public TestingCompatibility(
            SchemaStore store,
            EffectiveConfig config,
            AvroSchemas avro,
            SchemaResolver schemas,
            CompatibilityChecker checker) {
        this.store = store;
        this.config = config;
        this.avro = avro;
        this.schemas = schemas;
        this.checker = checker;
    }

    public Response againstVersion(Request request) {
        String subject = request.subject();
        VersionSpec spec = VersionSpec.parse(request.pathParam("version"));
        List<StoredSchema> versions = store.versions(subject);
        List<StoredSchema> live = Versions.live(versions);
        List<StoredSchema> against;
        if (versions.isEmpty() || spec instanceof VersionSpec.Latest) {
            // Nothing to be incompatible with: Confluent answers true for an unknown subject or an empty one.
            against = spec.in(live).map(List::of).orElse(List.of());
        } else {
            against = List.of(spec.in(live).orElseThrow(() -> Errors.versionNotFound(spec.number())));
        }
        return check(request, subject, against);
    }

    public Response againstAll(Request request) {
        String subject = request.subject();
        return check(request, subject, Versions.newestFirst(Versions.live(store.versions(subject))));
    }

    private Response check(Request request, String subject, List<StoredSchema> againstNewestFirst) {
        boolean verbose = request.flag("verbose");
        SchemaRequest body = SchemaRequest.from(request);
        Candidate candidate;
        try {
            candidate = body.parse(schemas, avro, subject, false, Strictness.NEW);
        } catch (ApiException e) {
            if (verbose) {
                return Response.ok(new CompatibilityResult(false, List.of(e.getMessage())));
            }
            throw e;
        }
        List<String> messages = checker.check(config.compatibility(subject), candidate.avro(), againstNewestFirst);
        return Response.ok(new CompatibilityResult(messages.isEmpty(), verbose ? messages : null));
    }
}
