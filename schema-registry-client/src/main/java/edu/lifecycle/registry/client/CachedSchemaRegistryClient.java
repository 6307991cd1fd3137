package edu.lifecycle.registry.client;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;

/**
 * The REST client with Confluent's caching: a (subject, schema) is registered or looked up once and an (subject, id)
 * fetched once, then served from bounded LRU caches forever, because ids and their schemas never change. Latest
 * versions are cached for {@code latest.cache.ttl.sec}; "not found" answers optionally for the {@code missing.*} TTLs, so a
 * consumer stuck on a bad id does not hammer the registry.
 *
 * <p>{@link #cacheGeneration()} moves on whenever a cached register, lookup or id answer is dropped (a delete, a reset,
 * an LRU eviction), since the next call for it goes back to the registry and may get another answer.
 */
public class CachedSchemaRegistryClient implements SchemaRegistryClient {

    private record SchemaKey(Schema schema, boolean normalize) {}

    private record SubjectSchema(String subject, Schema schema, boolean normalize) {}

    private record SubjectId(String subject, int id) {}

    private record SubjectVersion(String subject, int version) {}

    private final RegistryRestApi api;
    private final PerSubjectCache<SchemaKey, Integer> registeredIds;
    private final PerSubjectCache<SchemaKey, RegisteredSchema> lookedUp;
    private final PerSubjectCache<Integer, Schema> schemasById;
    private final PerSubjectCache<Integer, RegisteredSchema> versions;
    private final BoundedLruCache<String, Schema> schemasByGuid;
    private final ExpiringCache<String, RegisteredSchema> latest;
    private final ExpiringCache<SubjectId, Boolean> missingIds;
    private final ExpiringCache<SubjectSchema, Boolean> missingSchemas;
    private final ExpiringCache<SubjectVersion, Boolean> missingVersions;
    private final AtomicLong generation = new AtomicLong();

    /** A client for one or more comma-separated URLs with default settings and the given per-subject cache bound. */
    public CachedSchemaRegistryClient(String baseUrls, int cacheCapacity) {
        this(
                Arrays.asList(baseUrls.split(",")),
                Map.of(SchemaRegistryClientConfig.MAX_SCHEMAS_PER_SUBJECT_CONFIG, cacheCapacity));
    }

    /** A client configured with the keys of {@link SchemaRegistryClientConfig}, optionally prefixed. */
    public CachedSchemaRegistryClient(List<String> baseUrls, Map<String, ?> configs) {
        this(baseUrls, configs, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** As above, with the clock of the TTL caches and the sleeper of the retry back-off replaced, e.g. in tests. */
    public CachedSchemaRegistryClient(List<String> baseUrls, Map<String, ?> configs, Clock clock, Sleeper sleeper) {
        SchemaRegistryClientConfig config = SchemaRegistryClientConfig.from(configs);
        List<RegistryEndpoint> endpoints = baseUrls.stream()
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .map(url -> RegistryEndpoint.of(url, config))
                .toList();
        this.api = new RegistryRestApi(new RegistryHttpTransport(endpoints, config, sleeper, RegistryRestApi.JSON));
        int capacity = config.maxSchemasPerSubject();
        // An evicted answer is fetched again on its next use, so whoever kept it must ask again too.
        Runnable dropped = generation::incrementAndGet;
        this.registeredIds = new PerSubjectCache<>(capacity, dropped);
        this.lookedUp = new PerSubjectCache<>(capacity, dropped);
        this.schemasById = new PerSubjectCache<>(capacity, dropped);
        this.versions = new PerSubjectCache<>(capacity);
        this.schemasByGuid = new BoundedLruCache<>(capacity);
        this.latest = new ExpiringCache<>(config.latestCacheSize(), config.latestCacheTtl(), clock);
        this.missingIds = new ExpiringCache<>(config.missingCacheSize(), config.missingIdTtl(), clock);
        this.missingSchemas = new ExpiringCache<>(config.missingCacheSize(), config.missingSchemaTtl(), clock);
        this.missingVersions = new ExpiringCache<>(config.missingCacheSize(), config.missingVersionTtl(), clock);
    }

    @Override
    public int register(String subject, Schema schema, boolean normalize) throws IOException, RestClientException {
        SchemaKey key = new SchemaKey(schema, normalize);
        Integer cached = registeredIds.get(subject, key);
        if (cached != null) {
            return cached;
        }
        int id = api.register(subject, schema, normalize);
        registeredIds.put(subject, key, id);
        // A producer that also consumes its own topic need not fetch the schema it just registered.
        schemasById.put(subject, id, schema);
        missingSchemas.remove(new SubjectSchema(subject, schema, normalize));
        return id;
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema, boolean normalize)
            throws IOException, RestClientException {
        SchemaKey key = new SchemaKey(schema, normalize);
        RegisteredSchema cached = lookedUp.get(subject, key);
        if (cached != null) {
            return cached;
        }
        SubjectSchema missingKey = new SubjectSchema(subject, schema, normalize);
        if (missingSchemas.contains(missingKey)) {
            throw new RestClientException("Schema not found", 404, 40403);
        }
        try {
            RegisteredSchema found = api.lookup(subject, schema, normalize);
            lookedUp.put(subject, key, found);
            schemasById.put(subject, found.id(), schema);
            return found;
        } catch (RestClientException e) {
            if (e.isNotFound()) {
                missingSchemas.put(missingKey, Boolean.TRUE);
            }
            throw e;
        }
    }

    @Override
    public Schema getSchemaBySubjectAndId(String subject, int id) throws IOException, RestClientException {
        Schema cached = schemasById.get(subject, id);
        if (cached != null) {
            return cached;
        }
        SubjectId missingKey = new SubjectId(subject, id);
        if (missingIds.contains(missingKey)) {
            throw new RestClientException("Schema " + id + " not found", 404, 40403);
        }
        try {
            Schema schema = api.schemaById(subject, id);
            schemasById.put(subject, id, schema);
            return schema;
        } catch (RestClientException e) {
            if (e.isNotFound()) {
                missingIds.put(missingKey, Boolean.TRUE);
            }
            throw e;
        }
    }

    @Override
    public Schema getSchemaByGuid(String guid) throws IOException, RestClientException {
        Schema cached = schemasByGuid.get(guid);
        if (cached != null) {
            return cached;
        }
        Schema schema = api.schemaByGuid(guid);
        schemasByGuid.put(guid, schema);
        return schema;
    }

    @Override
    public RegisteredSchema getLatestSchemaMetadata(String subject) throws IOException, RestClientException {
        RegisteredSchema cached = latest.get(subject);
        if (cached != null) {
            return cached;
        }
        RegisteredSchema found = api.version(subject, "latest");
        latest.put(subject, found);
        return found;
    }

    @Override
    public RegisteredSchema getSchemaMetadata(String subject, int version) throws IOException, RestClientException {
        RegisteredSchema cached = versions.get(subject, version);
        if (cached != null) {
            return cached;
        }
        SubjectVersion missingKey = new SubjectVersion(subject, version);
        if (missingVersions.contains(missingKey)) {
            throw new RestClientException("Version " + version + " not found.", 404, 40402);
        }
        try {
            RegisteredSchema found = api.version(subject, Integer.toString(version));
            versions.put(subject, version, found);
            return found;
        } catch (RestClientException e) {
            if (e.isNotFound()) {
                missingVersions.put(missingKey, Boolean.TRUE);
            }
            throw e;
        }
    }

    @Override
    public boolean testCompatibility(String subject, Schema schema) throws IOException, RestClientException {
        return api.testCompatibility(subject, schema);
    }

    @Override
    public RegistryConfig getConfig(String subject) throws IOException, RestClientException {
        return api.getConfig(subject);
    }

    @Override
    public RegistryConfig updateConfig(String subject, RegistryConfig config) throws IOException, RestClientException {
        return api.updateConfig(subject, config);
    }

    @Override
    public RegistryConfig deleteConfig(String subject) throws IOException, RestClientException {
        return api.deleteConfig(subject);
    }

    @Override
    public List<String> getAllSubjects() throws IOException, RestClientException {
        return api.subjects();
    }

    @Override
    public List<Integer> getAllVersions(String subject) throws IOException, RestClientException {
        return api.versions(subject);
    }

    @Override
    public List<Integer> deleteSubject(String subject, boolean permanent) throws IOException, RestClientException {
        List<Integer> deleted = api.deleteSubject(subject, permanent);
        forgetSubject(subject);
        return deleted;
    }

    @Override
    public int deleteSchemaVersion(String subject, String version, boolean permanent)
            throws IOException, RestClientException {
        int deleted = api.deleteVersion(subject, version, permanent);
        forgetSubject(subject);
        return deleted;
    }

    /**
     * After a delete, registering the same schema again creates a new version (and, after a hard delete, a new id), so
     * the subject's cached answers must not short-circuit it. Ids stay cached: soft-deleted ids still resolve.
     */
    private void forgetSubject(String subject) {
        registeredIds.removeSubject(subject);
        lookedUp.removeSubject(subject);
        versions.removeSubject(subject);
        latest.remove(subject);
        // After the removals: a caller that sees the new generation can no longer get the forgotten answers.
        generation.incrementAndGet();
    }

    @Override
    public void reset() {
        registeredIds.clear();
        lookedUp.clear();
        schemasById.clear();
        versions.clear();
        schemasByGuid.clear();
        latest.clear();
        missingIds.clear();
        missingSchemas.clear();
        missingVersions.clear();
        generation.incrementAndGet();
    }

    @Override
    public long cacheGeneration() {
        return generation.get();
    }
}
