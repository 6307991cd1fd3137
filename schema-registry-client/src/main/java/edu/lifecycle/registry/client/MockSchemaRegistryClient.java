package edu.lifecycle.registry.client;

import edu.lifecycle.registry.client.MockSubject.Version;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;

/**
 * An in-memory registry answering like the real server: ids are global and reused when the same schema is registered
 * under another subject, registering is idempotent, versions keep counting past deleted ones, compatibility is checked
 * (BACKWARD unless configured) and errors carry the server's codes. Schemas are compared by their canonical
 * {@code Schema.toString()}, as the server does; {@code normalize} is accepted and has no further effect.
 *
 * <p>The canonical text is rendered once per {@code Schema} instance and kept: a serializer on {@code mock://} calls
 * {@link #register} for every record, and rendering the whole schema as JSON each time made it 17 times slower than plain
 * Avro. Like every serde, the registry takes a schema it was given as final; one changed afterwards (a property added)
 * keeps the text it had when the registry first saw it.
 *
 * <p>{@link #cacheGeneration()} moves on with every delete and reset: those are the only changes after which
 * {@link #register}, {@link #lookup} or {@link #getSchemaBySubjectAndId} answer differently for the same arguments (a
 * config change only affects schemas not yet registered).
 */
public class MockSchemaRegistryClient implements SchemaRegistryClient {

    private static final RegistryConfig DEFAULT_CONFIG =
            RegistryConfig.compatibility(CompatibilityLevel.BACKWARD.name());

    /** Distinct schema instances whose text is kept; more (schemas built per record) start the cache afresh. */
    static final int CANONICAL_TEXT_CAPACITY = 10_000;

    private final Map<String, Integer> idsByCanonical = new HashMap<>();
    private final Map<Schema, String> canonicalTexts = new IdentityHashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, MockSubject> subjects = new HashMap<>();
    private final Map<String, RegistryConfig> subjectConfigs = new HashMap<>();
    private RegistryConfig globalConfig = DEFAULT_CONFIG;
    private int maxId;
    /** Written with the lock held, read without it by serializers for every record. */
    private volatile long generation;

    @Override
    public synchronized int register(String subject, Schema schema, boolean normalize) throws RestClientException {
        String canonical = canonicalText(schema);
        Integer knownId = idsByCanonical.get(canonical);
        MockSubject history = subjects.computeIfAbsent(subject, s -> new MockSubject());
        if (knownId != null && history.liveWithId(knownId).isPresent()) {
            return knownId;
        }
        if (!level(subject).accepts(schema, liveSchemasNewestFirst(history))) {
            throw new RestClientException(
                    "Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\"",
                    409,
                    409);
        }
        int id = knownId != null ? knownId : ++maxId;
        idsByCanonical.put(canonical, id);
        schemasById.putIfAbsent(id, schema);
        history.add(id);
        return id;
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema, boolean normalize)
            throws RestClientException {
        MockSubject history = liveSubject(subject);
        Integer id = idsByCanonical.get(canonicalText(schema));
        Version version = id == null ? null : history.liveWithId(id).orElse(null);
        if (version == null) {
            throw new RestClientException("Schema not found", 404, 40403);
        }
        return describe(subject, version);
    }

    @Override
    public synchronized Schema getSchemaBySubjectAndId(String subject, int id) throws RestClientException {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new RestClientException("Schema " + id + " not found", 404, 40403);
        }
        return schema;
    }

    @Override
    public synchronized Schema getSchemaByGuid(String guid) throws RestClientException {
        return schemasById.values().stream()
                .filter(schema -> guidOf(schema).equals(guid))
                .findFirst()
                .orElseThrow(() -> new RestClientException("Schema " + guid + " not found", 404, 40403));
    }

    @Override
    public synchronized RegisteredSchema getLatestSchemaMetadata(String subject) throws RestClientException {
        List<Version> live = liveSubject(subject).live();
        return describe(subject, live.get(live.size() - 1));
    }

    @Override
    public synchronized RegisteredSchema getSchemaMetadata(String subject, int version) throws RestClientException {
        Version found = liveSubject(subject)
                .find(version)
                .filter(candidate -> !candidate.deleted())
                .orElseThrow(() -> versionNotFound(version));
        return describe(subject, found);
    }

    @Override
    public synchronized boolean testCompatibility(String subject, Schema schema) throws RestClientException {
        MockSubject history = subjects.get(subject);
        List<Schema> previous = history == null ? List.of() : liveSchemasNewestFirst(history);
        return level(subject).accepts(schema, previous.isEmpty() ? previous : previous.subList(0, 1));
    }

    @Override
    public synchronized RegistryConfig getConfig(String subject) throws RestClientException {
        if (subject == null) {
            return globalConfig;
        }
        RegistryConfig config = subjectConfigs.get(subject);
        if (config == null) {
            throw new RestClientException(
                    "Subject '" + subject + "' does not have subject-level compatibility configured", 404, 40408);
        }
        return config;
    }

    @Override
    public synchronized RegistryConfig updateConfig(String subject, RegistryConfig config) throws RestClientException {
        if (config.compatibilityLevel() != null) {
            CompatibilityLevel.forName(config.compatibilityLevel());
        }
        if (subject == null) {
            globalConfig = config;
        } else {
            subjectConfigs.put(subject, config);
        }
        return config;
    }

    @Override
    public synchronized RegistryConfig deleteConfig(String subject) throws RestClientException {
        RegistryConfig removed = getConfig(subject);
        if (subject == null) {
            globalConfig = DEFAULT_CONFIG;
        } else {
            subjectConfigs.remove(subject);
        }
        return removed;
    }

    @Override
    public synchronized List<String> getAllSubjects() {
        return subjects.entrySet().stream()
                .filter(entry -> !entry.getValue().live().isEmpty())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    @Override
    public synchronized List<Integer> getAllVersions(String subject) throws RestClientException {
        return liveSubject(subject).live().stream().map(Version::number).toList();
    }

    @Override
    public synchronized List<Integer> deleteSubject(String subject, boolean permanent) throws RestClientException {
        MockSubject history = existingSubject(subject);
        if (!permanent) {
            if (history.isFullySoftDeleted()) {
                throw new RestClientException(
                        "Subject '" + subject + "' was soft deleted.Set permanent=true to delete permanently",
                        404,
                        40404);
            }
            List<Integer> deleted = history.softDeleteAll();
            generation++;
            return deleted;
        }
        if (!history.isFullySoftDeleted()) {
            throw new RestClientException(
                    "Subject '" + subject + "' was not deleted first before being permanently deleted", 404, 40405);
        }
        subjects.remove(subject);
        subjectConfigs.remove(subject);
        forgetUnusedIds();
        generation++;
        return history.all().stream().map(Version::number).toList();
    }

    @Override
    public synchronized int deleteSchemaVersion(String subject, String version, boolean permanent)
            throws RestClientException {
        MockSubject history = existingSubject(subject);
        Version target = "latest".equals(version) || "-1".equals(version)
                ? liveSubject(subject).live().get(history.live().size() - 1)
                : history.find(parseVersion(version)).orElseThrow(() -> versionNotFound(version));
        String prefix = "Subject '" + subject + "' Version " + target.number();
        if (permanent) {
            if (!target.deleted()) {
                throw new RestClientException(
                        prefix + " was not deleted first before being permanently deleted", 404, 40407);
            }
            history.remove(target);
            forgetUnusedIds();
        } else {
            if (target.deleted()) {
                throw new RestClientException(
                        prefix + " was soft deleted.Set permanent=true to delete permanently", 404, 40406);
            }
            history.softDelete(target);
        }
        generation++;
        return target.number();
    }

    /** Empties the registry. */
    @Override
    public synchronized void reset() {
        idsByCanonical.clear();
        canonicalTexts.clear();
        schemasById.clear();
        subjects.clear();
        subjectConfigs.clear();
        globalConfig = DEFAULT_CONFIG;
        maxId = 0;
        generation++;
    }

    @Override
    public long cacheGeneration() {
        return generation;
    }

    /** {@code schema.toString()}, rendered once per instance; call with the lock held. */
    private String canonicalText(Schema schema) {
        String text = canonicalTexts.get(schema);
        if (text == null) {
            if (canonicalTexts.size() >= CANONICAL_TEXT_CAPACITY) {
                canonicalTexts.clear();
            }
            text = schema.toString();
            canonicalTexts.put(schema, text);
        }
        return text;
    }

    /** As on the server: once no version uses an id any more, the id is gone and the schema gets a new one. */
    private void forgetUnusedIds() {
        List<Integer> used = subjects.values().stream()
                .flatMap(history -> history.all().stream())
                .map(Version::id)
                .toList();
        schemasById.keySet().retainAll(used);
        idsByCanonical.values().retainAll(used);
    }

    private CompatibilityLevel level(String subject) throws RestClientException {
        RegistryConfig config = subjectConfigs.get(subject);
        String level = config != null && config.compatibilityLevel() != null
                ? config.compatibilityLevel()
                : globalConfig.compatibilityLevel();
        return level == null ? CompatibilityLevel.BACKWARD : CompatibilityLevel.forName(level);
    }

    private MockSubject existingSubject(String subject) throws RestClientException {
        MockSubject history = subjects.get(subject);
        if (history == null || history.isEmpty()) {
            throw subjectNotFound(subject);
        }
        return history;
    }

    private MockSubject liveSubject(String subject) throws RestClientException {
        MockSubject history = existingSubject(subject);
        if (history.live().isEmpty()) {
            throw subjectNotFound(subject);
        }
        return history;
    }

    private List<Schema> liveSchemasNewestFirst(MockSubject history) {
        List<Schema> schemas = new ArrayList<>();
        history.live().forEach(version -> schemas.add(0, schemasById.get(version.id())));
        return schemas;
    }

    private RegisteredSchema describe(String subject, Version version) {
        Schema schema = schemasById.get(version.id());
        return new RegisteredSchema(subject, version.number(), version.id(), guidOf(schema), schema);
    }

    /** Content-derived like the server's: the MD5 of the canonical schema text, as a UUID. */
    static String guidOf(Schema schema) {
        try {
            byte[] md5 =
                    MessageDigest.getInstance("MD5").digest(schema.toString().getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.wrap(md5);
            return new UUID(buffer.getLong(), buffer.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships MD5", e);
        }
    }

    private static int parseVersion(String version) throws RestClientException {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new RestClientException(
                    "The specified version '" + version + "' is not a valid version id. Allowed values are between"
                            + " [1, 2^31-1] and the string \"latest\"",
                    422,
                    42202);
        }
    }

    private static RestClientException subjectNotFound(String subject) {
        return new RestClientException("Subject '" + subject + "' not found.", 404, 40401);
    }

    private static RestClientException versionNotFound(Object version) {
        return new RestClientException("Version " + version + " not found.", 404, 40402);
    }
}
