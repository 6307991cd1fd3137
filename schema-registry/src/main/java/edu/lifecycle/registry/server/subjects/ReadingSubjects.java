package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.http.Json;
import edu.lifecycle.registry.server.http.Request;
import edu.lifecycle.registry.server.http.Response;
import edu.lifecycle.registry.server.schemas.SchemaView;
import edu.lifecycle.registry.server.store.SchemaStore;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.List;

/**
 * {@code GET /subjects/...}: subjects and their versions. Soft-deleted versions are hidden unless the request says
 * {@code deleted=true}; a subject whose versions are all hidden does not exist for the request (40401).
 */
public final class ReadingSubjects {

    private final SchemaStore store;

    public ReadingSubjects(SchemaStore store) {
        this.store = store;
    }

    public Response subjects(Request request) {
        boolean deleted = request.flag("deleted");
        boolean deletedOnly = request.flag("deletedOnly");
        String prefix = Request.unqualified(request.query("subjectPrefix").orElse(""));
        return Response.ok(store.subjects().stream()
                .filter(subject -> subject.startsWith(prefix))
                .filter(subject -> {
                    boolean live = !Versions.live(store.versions(subject)).isEmpty();
                    return deletedOnly ? !live : deleted || live;
                })
                .toList());
    }

    public Response versions(Request request) {
        String subject = request.subject();
        boolean deletedOnly = request.flag("deletedOnly");
        List<StoredSchema> visible = Versions.visible(store.versions(subject), request.flag("deleted") || deletedOnly);
        if (visible.isEmpty()) {
            throw Errors.subjectNotFound(subject);
        }
        return Response.ok(visible.stream()
                .filter(v -> !deletedOnly || v.deleted())
                .map(StoredSchema::version)
                .toList());
    }

    public Response version(Request request) {
        return Response.ok(SchemaView.ofVersion(resolve(request)));
    }

    /** The schema itself as JSON, not as a string: for tools that pipe it into a file. */
    public Response rawSchema(Request request) {
        return Response.ok(Json.parse(resolve(request).schema()));
    }

    /**
     * The ids of the live schemas that reference the version. Confluent finds a numbered version even when it is
     * soft-deleted, whatever {@code deleted} says, so that tools can see what still holds it; "latest" is the latest
     * live one.
     */
    public Response referencedBy(Request request) {
        boolean latest = VersionSpec.parse(request.pathParam("version")) instanceof VersionSpec.Latest;
        StoredSchema version = resolve(request, !latest);
        return Response.ok(store.referrerIds(version.subject(), version.version()));
    }

    /**
     * {@code GET /subjects/{subject}/metadata?key=..&value=..}: the latest version whose metadata has those
     * properties. This registry keeps no metadata, so no version has any: 40403 for a subject that exists, 40401
     * for one that does not, exactly what Confluent answers for versions registered without metadata.
     */
    public Response latestWithMetadata(Request request) {
        String subject = request.subject();
        if (Versions.visible(store.versions(subject), request.flag("deleted")).isEmpty()) {
            throw Errors.subjectNotFound(subject);
        }
        throw Errors.schemaNotFound();
    }

    private StoredSchema resolve(Request request) {
        return resolve(request, request.flag("deleted"));
    }

    private StoredSchema resolve(Request request, boolean includeDeleted) {
        String subject = request.subject();
        VersionSpec spec = VersionSpec.parse(request.pathParam("version"));
        List<StoredSchema> visible = Versions.visible(store.versions(subject), includeDeleted);
        if (visible.isEmpty()) {
            throw Errors.subjectNotFound(subject);
        }
        return spec.in(visible).orElseThrow(() -> Errors.versionNotFound(spec.number()));
    }
}
