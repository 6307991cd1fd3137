package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.avro.AvroSchemas;
import edu.lifecycle.registry.server.avro.SchemaResolver;
import edu.lifecycle.registry.server.avro.Strictness;
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
 * <p>The rules are Confluent's: registering is idempotent (a schema the subject already holds, in any spelling
 * that parses to the same schema, returns its existing version and id, and nothing is written, whatever the mode);
 * a schema already known under any subject keeps its global id; a new version number is one above the highest ever
 * used in the subject, soft-deleted ones included; only live versions are checked for compatibility; and a request
 * without a schema re-registers the subject's latest one.
 */
public final class RegisteringSchema {

    private static final String AVRO = "AVRO";

    private final SchemaStore store;
    private final RegistryJournal journal;
    private final EffectiveConfig config;
    private final AvroSchemas avro;
    private final SchemaResolver schemas;
    private final CompatibilityChecker checker;
    private final MatchingVersion matching;

    public RegisteringSchema(
            SchemaStore store,
            RegistryJournal journal,
            EffectiveConfig config,
            AvroSchemas avro,
            SchemaResolver schemas,
            CompatibilityChecker checker) {
        this.store = store;
        this.journal = journal;
        this.config = config;
        this.avro = avro;
        this.schemas = schemas;
        this.checker = checker;
        this.matching = new MatchingVersion(schemas);
    }

    public Response register(Request request) {
        String subject = request.subject();
        SchemaRequest body = SchemaRequest.from(request);
        boolean normalizeRequested = request.flag("normalize");
        // Like Confluent, a schema the subject holds is answered from the store alone: not even a marker is written.
        Optional<RegisteredSchema> known = holding(subject, body, normalizeRequested);
        if (known.isPresent()) {
            return Response.ok(known.get());
        }
        return Response.ok(journal.write(() -> register(subject, body, normalizeRequested)));
    }

    /**
     * The version of the subject that already holds the schema, looked up before anything else as Confluent does,
     * so that it is answered in any mode.
     */
    private Optional<RegisteredSchema> holding(String subject, SchemaRequest body, boolean normalizeRequested) {
        if (!body.hasSchema()) {
            return Optional.empty();
        }
        boolean normalize = normalizeRequested || config.normalize(subject);
        Candidate known = body.parse(schemas, avro, subject, normalize, Strictness.KNOWN);
        return matching.in(Versions.live(store.versions(subject)), known)
                .filter(match ->
                        body.id() == null || body.id() == match.version().id())
                .map(match -> RegisteredSchema.of(match.version(), match.sameText()));
    }

    private RegisteredSchema register(String subject, SchemaRequest body, boolean normalizeRequested) {
        // Checked again under the writer's lock: the same schema may have been registered in the meantime.
        Optional<RegisteredSchema> known = holding(subject, body, normalizeRequested);
        if (known.isPresent()) {
            return known.get();
        }
        boolean normalize = normalizeRequested || config.normalize(subject);
        List<StoredSchema> versions = store.versions(subject);
        List<StoredSchema> live = Versions.live(versions);
        Mode mode = config.mode(subject);
        requirePermitted(subject, mode, body.id() != null);
        if (!body.hasSchema()) {
            // Confluent fills a request without a schema from the latest version, which the subject then holds.
            if (live.isEmpty()) {
                throw Errors.invalidSchema("Empty schema");
            }
            return RegisteredSchema.of(live.get(live.size() - 1), true);
        }
        if (mode == Mode.IMPORT) {
            return importWithId(
                    subject, body, body.parse(schemas, avro, subject, normalize, Strictness.KNOWN), versions);
        }
        // New versions get Confluent's validation of new schemas: strict names, valid defaults, live references.
        Candidate candidate = body.parse(schemas, avro, subject, normalize, Strictness.NEW);
        List<String> problems =
                checker.check(config.compatibility(subject), candidate.avro(), Versions.newestFirst(live));
        if (!problems.isEmpty()) {
            throw Errors.incompatibleSchema(
                    "Schema being registered is incompatible with an earlier schema for subject \"" + subject
                            + "\", details: " + problems);
        }
        int id = store.idOfGuid(candidate.guid()).orElseGet(() -> store.maxId() + 1);
        return append(subject, Versions.maxVersion(versions) + 1, id, candidate, versions);
    }

    /** IMPORT copies schemas from another registry with their ids and versions, skipping compatibility checks. */
    private RegisteredSchema importWithId(
            String subject, SchemaRequest body, Candidate candidate, List<StoredSchema> versions) {
        int id = body.id();
        boolean idHoldsOtherSchema =
                store.versionsWithId(id).stream().anyMatch(v -> !v.guid().equals(candidate.guid()));
        if (idHoldsOtherSchema) {
            throw Errors.operationNotPermitted("Overwrite new schema with id " + id + " in context  is not permitted.");
        }
        int version = body.version() != null ? body.version() : Versions.maxVersion(versions) + 1;
        Optional<StoredSchema> taken =
                versions.stream().filter(v -> v.version() == version).findFirst();
        if (taken.isPresent()) {
            if (taken.get().id() == id && !taken.get().deleted()) {
                return RegisteredSchema.of(taken.get(), true);
            }
            throw Errors.operationNotPermitted(
                    "Version " + version + " of subject " + subject + " already exists with another schema");
        }
        return append(subject, version, id, candidate, versions);
    }

    private RegisteredSchema append(
            String subject, int version, int id, Candidate candidate, List<StoredSchema> versions) {
        // Confluent removes for good the soft-deleted versions of this subject that the new one brings back.
        versions.stream()
                .filter(v -> v.deleted() && v.id() == id && v.version() < version)
                .forEach(v -> journal.append(new SchemaKey(subject, v.version()), null));
        journal.append(
                new SchemaKey(subject, version),
                new SchemaValue(subject, version, id, AVRO, candidate.references(), candidate.text(), false));
        return store.versions(subject).stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .map(stored -> RegisteredSchema.of(stored, true))
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
}
