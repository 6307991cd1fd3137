package edu.lifecycle.registry.server.subjects;

import edu.lifecycle.registry.server.config.EffectiveConfig;
import edu.lifecycle.registry.server.http.Errors;
import edu.lifecycle.registry.server.http.Request;
import edu.lifecycle.registry.server.http.Response;
import edu.lifecycle.registry.server.records.Mode;
import edu.lifecycle.registry.server.records.RegistryKey.ConfigKey;
import edu.lifecycle.registry.server.records.RegistryKey.DeleteSubjectKey;
import edu.lifecycle.registry.server.records.RegistryKey.ModeKey;
import edu.lifecycle.registry.server.records.RegistryKey.SchemaKey;
import edu.lifecycle.registry.server.records.RegistryValue.DeleteSubjectValue;
import edu.lifecycle.registry.server.records.RegistryValue.SchemaValue;
import edu.lifecycle.registry.server.store.RegistryJournal;
import edu.lifecycle.registry.server.store.SchemaStore;
import edu.lifecycle.registry.server.store.StoredSchema;
import java.util.List;

/**
 * {@code DELETE /subjects/{subject}[/versions/{version}]}, in Confluent's two steps.
 *
 * <p>A soft delete hides a version from the subject but keeps its id resolvable, so data written with it stays
 * readable. Only a soft-deleted version may then be deleted permanently ({@code permanent=true}), which writes a
 * tombstone; compaction eventually removes the schema from the topic.
 */
public final class DeletingSchemas {

    private final SchemaStore store;
    private final RegistryJournal journal;
    private final EffectiveConfig config;

    public DeletingSchemas(SchemaStore store, RegistryJournal journal, EffectiveConfig config) {
        this.store = store;
        this.journal = journal;
        this.config = config;
    }

    public Response deleteVersion(Request request) {
        String subject = request.subject();
        VersionSpec spec = VersionSpec.parse(request.pathParam("version"));
        boolean permanent = request.flag("permanent");
        return Response.ok(journal.write(() -> deleteVersion(subject, spec, permanent)));
    }

    private int deleteVersion(String subject, VersionSpec spec, boolean permanent) {
        requireWritable(subject);
        List<StoredSchema> versions = store.versions(subject);
        if (versions.isEmpty()) {
            throw Errors.subjectNotFound(subject);
        }
        // "latest" means the latest live version, except when removing for good what was soft-deleted already.
        List<StoredSchema> live = Versions.live(versions);
        List<StoredSchema> searched =
                spec instanceof VersionSpec.Latest && !permanent && !live.isEmpty() ? live : versions;
        StoredSchema target = spec.in(searched).orElseThrow(() -> Errors.versionNotFound(spec.number()));
        if (!permanent && target.deleted()) {
            throw Errors.versionSoftDeleted(subject, target.version());
        }
        requireUnreferenced(target);
        if (permanent && !target.deleted()) {
            throw Errors.versionNotSoftDeleted(subject, target.version());
        }
        var key = new SchemaKey(subject, target.version());
        if (permanent) {
            journal.append(key, null);
            if (store.versions(subject).isEmpty()) {
                forgetSubjectSettings(subject);
            }
        } else {
            journal.append(
                    key,
                    new SchemaValue(
                            subject,
                            target.version(),
                            target.id(),
                            target.schemaType(),
                            target.references(),
                            target.schema(),
                            true));
        }
        return target.version();
    }

    public Response deleteSubject(Request request) {
        String subject = request.subject();
        boolean permanent = request.flag("permanent");
        return Response.ok(journal.write(() -> deleteSubject(subject, permanent)));
    }

    private List<Integer> deleteSubject(String subject, boolean permanent) {
        requireWritable(subject);
        List<StoredSchema> versions = store.versions(subject);
        if (versions.isEmpty()) {
            throw Errors.subjectNotFound(subject);
        }
        List<StoredSchema> live = Versions.live(versions);
        (permanent ? versions : live).forEach(this::requireUnreferenced);
        if (permanent) {
            if (!live.isEmpty()) {
                throw Errors.subjectNotSoftDeleted(subject);
            }
            versions.forEach(v -> journal.append(new SchemaKey(subject, v.version()), null));
            forgetSubjectSettings(subject);
            return versions.stream().map(StoredSchema::version).toList();
        }
        if (live.isEmpty()) {
            throw Errors.subjectSoftDeleted(subject);
        }
        int latest = live.get(live.size() - 1).version();
        // One record for the whole subject, as Confluent writes it; the store expands it to every version up to it.
        journal.append(new DeleteSubjectKey(subject), new DeleteSubjectValue(subject, latest));
        return live.stream().map(StoredSchema::version).toList();
    }

    /** A version other live schemas use cannot go, soft or hard: their readers would lose its types. */
    private void requireUnreferenced(StoredSchema version) {
        if (!store.referrerIds(version.subject(), version.version()).isEmpty()) {
            throw Errors.referenceExists(version.subject(), version.version());
        }
    }

    /** A subject that is gone for good takes its config and mode with it, as in Confluent. */
    private void forgetSubjectSettings(String subject) {
        if (store.config(subject).isPresent()) {
            journal.append(new ConfigKey(subject), null);
        }
        if (store.mode(subject).isPresent()) {
            journal.append(new ModeKey(subject), null);
        }
    }

    private void requireWritable(String subject) {
        if (config.mode(subject) == Mode.READONLY) {
            throw Errors.operationNotPermitted("Subject " + subject + " in context  is in read-only mode");
        }
    }
}
