package edu.lifecycle.registry.client;

import java.io.IOException;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The registry operations an Avro serde or a tool needs. {@link IOException} means the registry could not be reached
 * (after retries); {@link RestClientException} means it answered with an error.
 *
 * <p>A {@code null} subject in the config methods addresses the global config.
 */
public interface SchemaRegistryClient {

    /** Registers the schema under the subject (idempotent) and returns its global id. */
    int register(String subject, Schema schema, boolean normalize) throws IOException, RestClientException;

    default int register(String subject, Schema schema) throws IOException, RestClientException {
        return register(subject, schema, false);
    }

    /** Finds the version of the subject that holds exactly this schema; 404 (40401/40403) if there is none. */
    RegisteredSchema lookup(String subject, Schema schema, boolean normalize) throws IOException, RestClientException;

    default int getId(String subject, Schema schema, boolean normalize) throws IOException, RestClientException {
        return lookup(subject, schema, normalize).id();
    }

    default int getId(String subject, Schema schema) throws IOException, RestClientException {
        return getId(subject, schema, false);
    }

    /**
     * Resolves a schema id. The subject only tells the registry which subject to echo back; it may be null and never
     * changes which schema is returned.
     */
    Schema getSchemaBySubjectAndId(String subject, int id) throws IOException, RestClientException;

    default Schema getSchemaById(int id) throws IOException, RestClientException {
        return getSchemaBySubjectAndId(null, id);
    }

    /** Resolves the content-derived GUID that CP 8 serializers may write instead of the numeric id. */
    Schema getSchemaByGuid(String guid) throws IOException, RestClientException;

    RegisteredSchema getLatestSchemaMetadata(String subject) throws IOException, RestClientException;

    RegisteredSchema getSchemaMetadata(String subject, int version) throws IOException, RestClientException;

    /** Whether the schema could be registered under the subject next to its latest version. */
    boolean testCompatibility(String subject, Schema schema) throws IOException, RestClientException;

    RegistryConfig getConfig(String subject) throws IOException, RestClientException;

    RegistryConfig updateConfig(String subject, RegistryConfig config) throws IOException, RestClientException;

    RegistryConfig deleteConfig(String subject) throws IOException, RestClientException;

    List<String> getAllSubjects() throws IOException, RestClientException;

    List<Integer> getAllVersions(String subject) throws IOException, RestClientException;

    /** Soft-deletes every version of the subject, or hard-deletes it after a soft delete; returns the versions. */
    List<Integer> deleteSubject(String subject, boolean permanent) throws IOException, RestClientException;

    /** Soft- or hard-deletes one version ("latest" allowed); returns the version number. */
    int deleteSchemaVersion(String subject, String version, boolean permanent) throws IOException, RestClientException;

    /** Forgets everything cached, e.g. after schemas were hard-deleted behind this client's back. */
    void reset();

    /** What {@link #cacheGeneration()} returns when the client gives no such signal: keep none of its answers. */
    long UNTRACKED_GENERATION = Long.MIN_VALUE;

    /**
     * A number that changes whenever {@link #register}, {@link #lookup} (and so {@code getId}) or
     * {@link #getSchemaBySubjectAndId} may answer differently than before for the same arguments: a delete, a
     * {@link #reset()}, an entry the client evicted. A caller may keep such an answer, read after it read the
     * generation, for as long as the generation stays the same; a serializer then skips the client for every record
     * rather than asking it each time. {@link #getLatestSchemaMetadata} is not covered: the latest version changes
     * whenever anyone registers one.
     *
     * <p>Cheap enough to call per record. The default, {@link #UNTRACKED_GENERATION}, tells callers to keep nothing,
     * so a client written before this method existed is asked for every record as before.
     */
    default long cacheGeneration() {
        return UNTRACKED_GENERATION;
    }
}
