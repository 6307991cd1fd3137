package edu.lifecycle.registry.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.Schema;

/** The registry endpoints as Java calls, without caching: paths, query parameters and JSON mapping. */
final class RegistryRestApi {

    static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() {};

    private final RegistryHttpTransport transport;

    RegistryRestApi(RegistryHttpTransport transport) {
        this.transport = transport;
    }

    int register(String subject, Schema schema, boolean normalize) throws IOException, RestClientException {
        String path = "/subjects/" + encode(subject) + "/versions?normalize=" + normalize;
        return requireId(call("POST", path, registerBody(schema), RestBodies.SchemaAnswer.class), path);
    }

    RegisteredSchema lookup(String subject, Schema schema, boolean normalize) throws IOException, RestClientException {
        String path = "/subjects/" + encode(subject) + "?normalize=" + normalize + "&deleted=false";
        RestBodies.SchemaAnswer answer = call("POST", path, registerBody(schema), RestBodies.SchemaAnswer.class);
        // The lookup answer echoes the stored (canonical) text; the caller's own Schema is the one to keep.
        return new RegisteredSchema(subject, orZero(answer.version()), requireId(answer, path), answer.guid(), schema);
    }

    Schema schemaById(String subject, int id) throws IOException, RestClientException {
        String path = "/schemas/ids/" + id + "?fetchMaxId=false"
                + (subject == null || subject.isEmpty() ? "" : "&subject=" + encode(subject));
        return toSchema(call("GET", path, null, RestBodies.SchemaAnswer.class));
    }

    Schema schemaByGuid(String guid) throws IOException, RestClientException {
        return toSchema(call("GET", "/schemas/guids/" + encode(guid), null, RestBodies.SchemaAnswer.class));
    }

    RegisteredSchema version(String subject, String version) throws IOException, RestClientException {
        String path = "/subjects/" + encode(subject) + "/versions/" + encode(version);
        RestBodies.SchemaAnswer answer = call("GET", path, null, RestBodies.SchemaAnswer.class);
        return new RegisteredSchema(
                answer.subject() == null ? subject : answer.subject(),
                orZero(answer.version()),
                requireId(answer, path),
                answer.guid(),
                toSchema(answer));
    }

    boolean testCompatibility(String subject, Schema schema) throws IOException, RestClientException {
        String path = "/compatibility/subjects/" + encode(subject) + "/versions/latest";
        return call("POST", path, registerBody(schema), RestBodies.CompatibilityAnswer.class)
                .compatible();
    }

    RegistryConfig getConfig(String subject) throws IOException, RestClientException {
        return call("GET", configPath(subject), null, RestBodies.ConfigAnswer.class)
                .toConfig();
    }

    RegistryConfig updateConfig(String subject, RegistryConfig config) throws IOException, RestClientException {
        String body =
                JSON.writeValueAsString(new RestBodies.ConfigUpdate(config.compatibilityLevel(), config.normalize()));
        return call("PUT", configPath(subject), body, RestBodies.ConfigAnswer.class)
                .toConfig();
    }

    RegistryConfig deleteConfig(String subject) throws IOException, RestClientException {
        return call("DELETE", configPath(subject), null, RestBodies.ConfigAnswer.class)
                .toConfig();
    }

    List<String> subjects() throws IOException, RestClientException {
        return call("GET", "/subjects", null, STRINGS);
    }

    List<Integer> versions(String subject) throws IOException, RestClientException {
        return call("GET", "/subjects/" + encode(subject) + "/versions", null, INTEGERS);
    }

    List<Integer> deleteSubject(String subject, boolean permanent) throws IOException, RestClientException {
        return call("DELETE", "/subjects/" + encode(subject) + permanent(permanent), null, INTEGERS);
    }

    int deleteVersion(String subject, String version, boolean permanent) throws IOException, RestClientException {
        String path = "/subjects/" + encode(subject) + "/versions/" + encode(version) + permanent(permanent);
        return call("DELETE", path, null, Integer.class);
    }

    private <T> T call(String method, String path, String body, Class<T> answerType)
            throws IOException, RestClientException {
        return JSON.readValue(requireBody(method, path, transport.send(method, path, body)), answerType);
    }

    private <T> T call(String method, String path, String body, TypeReference<T> answerType)
            throws IOException, RestClientException {
        return JSON.readValue(requireBody(method, path, transport.send(method, path, body)), answerType);
    }

    private static String requireBody(String method, String path, String body) throws IOException {
        if (body == null) {
            throw new IOException("Schema registry answered " + method + " " + path + " with no content");
        }
        return body;
    }

    private static String registerBody(Schema schema) throws IOException {
        return JSON.writeValueAsString(RestBodies.RegisterRequest.avro(schema.toString()));
    }

    private static Schema toSchema(RestBodies.SchemaAnswer answer) throws IOException {
        if (answer.schema() == null) {
            throw new IOException("Schema registry answer carries no schema");
        }
        return AvroSchemaText.parse(answer.schemaType(), answer.schema());
    }

    private static String configPath(String subject) {
        return subject == null ? "/config" : "/config/" + encode(subject);
    }

    private static String permanent(boolean permanent) {
        return permanent ? "?permanent=true" : "";
    }

    /** Without an id there is nothing to write in front of the data; id 0 would silently point elsewhere. */
    private static int requireId(RestBodies.SchemaAnswer answer, String path) throws IOException {
        if (answer.id() == null) {
            throw new IOException("Schema registry answered " + path + " without an id");
        }
        return answer.id();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** Path-segment encoding: a subject may hold '/', ':' or spaces, and "+" means a plus sign in a path. */
    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
