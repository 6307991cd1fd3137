package edu.lifecycle.registry.server.schemas;

import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.http.Json;
import edu.lifecycle.registry.server.http.Request;
import edu.lifecycle.registry.server.http.Response;
import edu.lifecycle.registry.server.store.SchemaStore;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /schemas/...}: schemas by global id or guid, whichever subject holds them.
 *
 * <p>Consumers resolve the id in every message here, so a soft-deleted version still answers: old data must stay
 * readable after its subject is retired. Only when every version holding an id is hard-deleted does the id vanish.
 */
public final class ReadingSchemas {

    /**
     * What Confluent's server lists with its three providers loaded, in its order. Only AVRO can be registered here;
     * the others are refused as a registry without their provider refuses them (42201 "Invalid schema type").
     */
    private static final List<String> SCHEMA_TYPES = List.of("JSON", "PROTOBUF", "AVRO");

    /** The only context there is. */
    private static final String DEFAULT_CONTEXT = ".";

    private final SchemaStore store;

    public ReadingSchemas(SchemaStore store) {
        this.store = store;
    }

    /** The {@code subject} parameter serializers send only picks which holder is echoed back; any holder answers. */
    public Response byId(Request request) {
        StoredSchema holder = holder(request);
        Integer maxId = request.flag("fetchMaxId") ? store.maxId() : null;
        return Response.ok(
                SchemaStringView.ofId(holder, request.query("subject").isPresent(), maxId));
    }

    public Response rawById(Request request) {
        return Response.ok(Json.parse(holder(request).schema()));
    }

    public Response subjectsById(Request request) {
        boolean deleted = request.flag("deleted");
        return Response.ok(holders(request).stream()
                .filter(v -> deleted || !v.deleted())
                .map(StoredSchema::subject)
                .distinct()
                .sorted()
                .toList());
    }

    public Response versionsById(Request request) {
        boolean deleted = request.flag("deleted");
        return Response.ok(holders(request).stream()
                .filter(v -> deleted || !v.deleted())
                .map(v -> new SubjectVersion(v.subject(), v.version()))
                .toList());
    }

    public Response byGuid(Request request) {
        String guid = request.pathParam("guid");
        return holderOfGuid(guid)
                .map(holder -> Response.ok(SchemaStringView.ofGuid(holder)))
                .orElseThrow(() -> Errors.schemaNotFound(guid));
    }

    /** Which ids, in which contexts, hold the schema with this guid; an unknown guid is simply none. */
    public Response idsByGuid(Request request) {
        return Response.ok(holderOfGuid(request.pathParam("guid"))
                .map(holder -> List.of(new ContextId(DEFAULT_CONTEXT, holder.id())))
                .orElse(List.of()));
    }

    private Optional<StoredSchema> holderOfGuid(String guid) {
        return store.idOfGuid(guid).stream()
                .boxed()
                .flatMap(id -> store.versionsWithId(id).stream())
                .findFirst();
    }

    /** Every live version of every subject, or only the latest of each with {@code latestOnly}. */
    public Response all(Request request) {
        boolean deleted = request.flag("deleted");
        boolean latestOnly = request.flag("latestOnly");
        String prefix = Request.unqualified(request.query("subjectPrefix").orElse(""));
        Map<String, List<StoredSchema>> bySubject = new LinkedHashMap<>();
        for (StoredSchema version : store.allVersions()) {
            if (version.subject().startsWith(prefix) && (deleted || !version.deleted())) {
                bySubject
                        .computeIfAbsent(version.subject(), s -> new ArrayList<>())
                        .add(version);
            }
        }
        List<SchemaView> schemas = new ArrayList<>();
        bySubject.values().forEach(versions -> {
            var shown = latestOnly ? versions.subList(versions.size() - 1, versions.size()) : versions;
            shown.forEach(v -> schemas.add(SchemaView.ofListing(v)));
        });
        return Response.ok(schemas);
    }

    public Response types(Request request) {
        return Response.ok(SCHEMA_TYPES);
    }

    private StoredSchema holder(Request request) {
        List<StoredSchema> holders = holders(request);
        Optional<String> subject = request.query("subject").map(Request::unqualified);
        return subject.flatMap(
                        s -> holders.stream().filter(v -> v.subject().equals(s)).findFirst())
                .or(() -> holders.stream().filter(v -> !v.deleted()).findFirst())
                .orElse(holders.get(0));
    }

    /** A non-numeric id is no route at all for Confluent: a plain 404. */
    private List<StoredSchema> holders(Request request) {
        int id;
        try {
            id = Integer.parseInt(request.pathParam("id"));
        } catch (NumberFormatException e) {
            throw Errors.notFound();
        }
        List<StoredSchema> holders = store.versionsWithId(id);
        if (holders.isEmpty()) {
            throw Errors.schemaNotFound(id);
        }
        return holders;
    }
}
