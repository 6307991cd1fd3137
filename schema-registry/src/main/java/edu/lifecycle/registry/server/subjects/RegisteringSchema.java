package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.avro.AvroSchemas;
import edu.lifecycle.registry.server.compatibility.CompatibilityChecker;
import edu.lifecycle.registry.server.config.EffectiveConfig;
import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.http.Request;
import edu.lifecycle.registry.server.http.Response;
import edu.lifecycle.registry.server.records.Mode;
import edu.lifecycle.registry.server.records.RegistryKey.SchemaKey;
import edu.lifecycle.registry.server.records.RegistryValue.SchemaValue;
import edu.lifecycle.registry.server.store.RegistryJournal;
import edu.lifecycle.registry.server.store.SchemaStore;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /subjects/{subject}/versions}: adds a schema to a subject, or finds it already there.
 *
 * <p>The rules are Confluent's: registering is idempotent (the same schema text returns its existing version and
 * id); a schema already known under any subject keeps its global id; a new version number is one above the highest
 * ever used in the subject, soft-deleted ones included; and only live versions are checked for compatibility.
 */
public final class RegisteringSchema {

    private static final String AVRO = "AVRO";

    private final SchemaStore store;
    private final RegistryJournal journal;
    private final EffectiveConfig config;
    private final AvroSchemas avro;
    private final CompatibilityChecker checker;

    public RegisteringSchema(
            SchemaStore store,
            RegistryJournal journal,
            EffectiveConfig config,
            AvroSchemas avro,
            CompatibilityChecker checker) {
        this.store = store;
        this.journal = journal;
        this.config = config;
        this.avro = avro;
        this.checker = checker;
    }

    public Response register(Request request) {
        String subject = request.subject();
        SchemaRequest body = SchemaRequest.from(request);
        boolean normalize = request.flag("normalize");
        return Response.ok(journal.write(() -> register(subject, body, normalize)));
    }

    private RegisteredSchema register(String subject, SchemaRequest body, boolean normalizeRequested) {
        Mode mode = config.mode(subject);
        requirePermitted(subject, mode, body.id() != null);
        Candidate candidate = body.parse(avro, normalizeRequested || config.normalize(subject));
        List<StoredSchema> versions = store.versions(subject);

        Optional<StoredSchema> existing = Versions.live(versions).stream()
                .filter(v -> v.schema().equals(candidate.text()))
                .findFirst();
        if (existing.isPresent()) {
            if (body.id() != null && body.id() != existing.get().id()) {
                throw Errors.idDoesNotMatch(existing.get().id(), body.id());
            }
            return view(existing.get());
        }
        if (mode == Mode.IMPORT) {
            return importWithId(subject, body, candidate, versions);
        }

        List<String> problems = checker.check(
                config.compatibility(subject), candidate.avro(), Versions.newestFirst(Versions.live(versions)));
        if (!problems.isEmpty()) {
            throw Errors.incompatibleSchema(
                    "Schema being registered is incompatible with an earlier schema for subject \"" + subject
                            + "\", details: " + problems);
        }
        int id = store.idOf(candidate.text()).orElseGet(() -> store.maxId() + 1);
        return append(subject, Versions.maxVersion(versions) + 1, id, candidate.text());
    }

    /** IMPORT copies schemas from another registry with their ids and versions, skipping compatibility checks. */
    private RegisteredSchema importWithId(
            String subject, SchemaRequest body, Candidate candidate, List<StoredSchema> versions) {
        int id = body.id();
        boolean idHoldsOtherSchema =
                store.versionsWithId(id).stream().anyMatch(v -> !v.schema().equals(candidate.text()));
        if (idHoldsOtherSchema) {
            throw Errors.operationNotPermitted("Overwrite new schema with id " + id + " in context  is not permitted.");
        }
        int version = body.version() != null ? body.version() : Versions.maxVersion(versions) + 1;
        Optional<StoredSchema> taken =
                versions.stream().filter(v -> v.version() == version).findFirst();
        if (taken.isPresent()) {
            if (taken.get().id() == id && !taken.get().deleted()) {
                return view(taken.get());
            }
            throw Errors.operationNotPermitted(
                    "Version " + version + " of subject " + subject + " already exists with another schema");
        }
        return append(subject, version, id, candidate.text());
    }

    private RegisteredSchema append(String subject, int version, int id, String schema) {
        journal.append(new SchemaKey(subject, version), new SchemaValue(subject, version, id, AVRO, schema, false));
        return store.versions(subject).stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .map(RegisteringSchema::view)
                .orElseThrow(() -> new IllegalStateException(
                        "Version " + version + " of " + subject + " was written but not read back"));
    }

    /** The context is always the default one, whose name Confluent prints as empty. */
    private static void requirePermitted(String subject, Mode mode, boolean explicitId) {
        if (mode == Mode.READONLY) {
            throw Errors.operationNotPermitted("Subject " + subject + " in context  is in read-only mode");
        }
        if (explicitId && mode != Mode.IMPORT) {
            throw Errors.operationNotPermitted("Subject " + subject + " in context  is not in import mode");
        }
        if (!explicitId && mode != Mode.READWRITE) {
            throw Errors.operationNotPermitted("Subject " + subject + " in context  is not in read-write mode");
        }
    }

    private static RegisteredSchema view(StoredSchema stored) {
        return new RegisteredSchema(stored.id(), stored.version(), stored.guid(), stored.schemaType(), stored.schema());
    }
}
