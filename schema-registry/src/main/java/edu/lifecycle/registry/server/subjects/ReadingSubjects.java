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

    /** Without schema references nothing can refer to a version, but tools ask before deleting. */
    public Response referencedBy(Request request) {
        resolve(request);
        return Response.ok(List.of());
    }

    private StoredSchema resolve(Request request) {
        String subject = request.subject();
        VersionSpec spec = VersionSpec.parse(request.pathParam("version"));
        List<StoredSchema> visible = Versions.visible(store.versions(subject), request.flag("deleted"));
        if (visible.isEmpty()) {
            throw Errors.subjectNotFound(subject);
        }
        return spec.in(visible).orElseThrow(() -> Errors.versionNotFound(spec.number()));
    }
}
