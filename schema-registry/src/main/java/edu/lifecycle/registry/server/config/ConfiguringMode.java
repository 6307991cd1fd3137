package edu.lifecycle.registry.server.config;

import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.http.Request;
import edu.lifecycle.registry.server.http.Response;
import edu.lifecycle.registry.server.records.Mode;
import edu.lifecycle.registry.server.records.RegistryKey.ModeKey;
import edu.lifecycle.registry.server.records.RegistryValue.ModeValue;
import edu.lifecycle.registry.server.store.RegistryJournal;
import edu.lifecycle.registry.server.store.SchemaStore;
import java.util.Optional;

/** {@code /mode} and {@code /mode/{subject}}: whether a subject takes new schemas, none, or imported ones. */
public final class ConfiguringMode {

    private final SchemaStore store;
    private final RegistryJournal journal;
    private final EffectiveConfig config;

    public ConfiguringMode(SchemaStore store, RegistryJournal journal, EffectiveConfig config) {
        this.store = store;
        this.journal = journal;
        this.config = config;
    }

    public Response getGlobal(Request request) {
        return Response.ok(new ModeView(config.globalMode().name()));
    }

    public Response getSubject(Request request) {
        String subject = request.subject();
        Optional<Mode> mode = store.mode(subject);
        if (mode.isEmpty() && request.flag("defaultToGlobal")) {
            mode = Optional.of(config.globalMode());
        }
        return Response.ok(new ModeView(
                mode.orElseThrow(() -> Errors.subjectModeNotFound(subject)).name()));
    }

    public Response putGlobal(Request request) {
        return update(null, request);
    }

    public Response putSubject(Request request) {
        return update(request.subject(), request);
    }

    private Response update(String subject, Request request) {
        Mode mode = Mode.forName(request.jsonObject().path("mode").asText(null)).orElseThrow(Errors::invalidMode);
        boolean force = request.flag("force");
        journal.write(() -> {
            // Importing keeps the ids of the source registry; they could collide with ids already handed out here.
            if (mode == Mode.IMPORT && !force && hasSchemas(subject)) {
                throw Errors.operationNotPermitted("Cannot import since found existing subjects");
            }
            journal.append(new ModeKey(subject), new ModeValue(subject, mode));
            return mode;
        });
        return Response.ok(new ModeView(mode.name()));
    }

    public Response deleteSubject(Request request) {
        String subject = request.subject();
        Mode removed = journal.write(() -> {
            Mode current = store.mode(subject).orElseThrow(() -> Errors.subjectModeNotFound(subject));
            journal.append(new ModeKey(subject), null);
            return current;
        });
        return Response.ok(new ModeView(removed.name()));
    }

    private boolean hasSchemas(String subject) {
        return subject == null
                ? !store.subjects().isEmpty()
                : !store.versions(subject).isEmpty();
    }
}
