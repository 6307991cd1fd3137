package edu.lifecycle.registry.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import edu.lifecycle.registry.server.CompatibilityLevel;
import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.http.Request;
import edu.lifecycle.registry.server.http.Response;
import edu.lifecycle.registry.server.records.RegistryKey.ConfigKey;
import edu.lifecycle.registry.server.records.RegistryValue.ConfigValue;
import edu.lifecycle.registry.server.store.RegistryJournal;
import edu.lifecycle.registry.server.store.SchemaStore;
import java.util.Map;
import java.util.Optional;

/** {@code /config} and {@code /config/{subject}}: the compatibility level and normalization, global or per subject. */
public final class ConfiguringCompatibility {

    private final SchemaStore store;
    private final RegistryJournal journal;
    private final EffectiveConfig config;

    public ConfiguringCompatibility(SchemaStore store, RegistryJournal journal, EffectiveConfig config) {
        this.store = store;
        this.journal = journal;
        this.config = config;
    }

    public Response getGlobal(Request request) {
        Boolean normalize = store.config(null).map(ConfigValue::normalize).orElse(null);
        return Response.ok(new ConfigView(config.globalCompatibility().name(), normalize));
    }

    public Response getSubject(Request request) {
        String subject = request.subject();
        Optional<ConfigView> view = store.config(subject).map(ConfiguringCompatibility::view);
        if (view.isEmpty() && request.flag("defaultToGlobal")) {
            view = Optional.of(new ConfigView(config.globalCompatibility().name(), null));
        }
        return Response.ok(view.orElseThrow(() -> Errors.subjectConfigNotFound(subject)));
    }

    public Response putGlobal(Request request) {
        return update(null, request);
    }

    public Response putSubject(Request request) {
        return update(request.subject(), request);
    }

    private Response update(String subject, Request request) {
        JsonNode body = request.jsonObject();
        // Confluent's request field is "compatibility"; "compatibilityLevel" is what GET answers, so accept both.
        JsonNode levelField =
                body.hasNonNull("compatibility") ? body.get("compatibility") : body.get("compatibilityLevel");
        CompatibilityLevel level = null;
        if (levelField != null && !levelField.isNull()) {
            level = CompatibilityLevel.forName(levelField.asText()).orElseThrow(Errors::invalidCompatibilityLevel);
        }
        Boolean normalize = body.hasNonNull("normalize") ? body.get("normalize").asBoolean() : null;
        if (level == null && normalize == null) {
            return Response.ok(Map.of());
        }
        var update = new ConfigValue(subject, level, normalize);
        journal.write(() -> {
            ConfigValue merged = store.config(subject)
                    .map(current -> current.mergedWith(update))
                    .orElse(update);
            journal.append(new ConfigKey(subject), merged);
            return merged;
        });
        return Response.ok(new ConfigUpdate(level == null ? null : level.name(), normalize));
    }

    /** Resets the global config to the server default, answering what it was. */
    public Response deleteGlobal(Request request) {
        ConfigView previous = journal.write(() -> {
            var view = new ConfigView(
                    config.globalCompatibility().name(),
                    store.config(null).map(ConfigValue::normalize).orElse(null));
            if (store.config(null).isPresent()) {
                journal.append(ConfigKey.GLOBAL, null);
            }
            return view;
        });
        return Response.ok(previous);
    }

    public Response deleteSubject(Request request) {
        String subject = request.subject();
        ConfigValue removed = journal.write(() -> {
            ConfigValue current = store.config(subject).orElseThrow(() -> Errors.subjectConfigNotFound(subject));
            journal.append(new ConfigKey(subject), null);
            return current;
        });
        return Response.ok(view(removed));
    }

    private static ConfigView view(ConfigValue value) {
        var level = value.compatibilityLevel();
        return new ConfigView(level == null ? null : level.name(), value.normalize());
    }
}
