package edu.lifecycle.registry.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.lifecycle.registry.server.RegistrySettings;
import edu.lifecycle.registry.server.SchemaRegistryServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistryAccessTest {

    private static final String SCHEMA =
            "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Enrolled\\\",\\\"fields\\\":[]}\"}";
    private static final String SUBJECT = "admissions.events-edu.Enrolled";
    private static final RegistryAccount WRITER = new RegistryAccount("billing", "writerSecret", RegistryRole.WRITER);
    private static final RegistryAccount READER =
            new RegistryAccount("subscriber", "readerSecret", RegistryRole.READER);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SchemaRegistryServer registry;

    @BeforeAll
    static void start() {
        registry = SchemaRegistryServer.start(
                RegistrySettings.inMemory(),
                new RegistrySecurity(Map.of(), RegistryAccess.basic(RegistryAccounts.of(List.of(WRITER, READER)))));
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void aWriterRegisters() throws Exception {
        var response = send("POST", "/subjects/" + SUBJECT + "/versions", SCHEMA, WRITER.name(), WRITER.password());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("id").asInt()).isPositive();
    }

    @Test
    void anAnonymousCallerIsAskedToLogInInConfluentsErrorFormat() throws Exception {
        var response = send("POST", "/subjects/" + SUBJECT + "/versions", SCHEMA, null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"SchemaRegistry\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.schemaregistry.v1+json");
        assertThat(json(response).get("error_code").asInt()).isEqualTo(401);
        assertThat(json(response).get("message").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void anAnonymousCallerMayNotEvenRead() throws Exception {
        assertThat(send("GET", "/subjects", null, null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/schemas/ids/1", null, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordOrAnUnknownNameIsUnauthorized() throws Exception {
        assertThat(send("GET", "/subjects", null, READER.name(), "readerSecreT").statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/subjects", null, "mallory", READER.password()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aReaderMayNotRegisterAndIsToldWhyInConfluentsWords() throws Exception {
        var response = send("POST", "/subjects/" + SUBJECT + "/versions", SCHEMA, READER.name(), READER.password());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("error_code").asInt()).isEqualTo(40301);
        assertThat(json(response).get("message").asText())
                .isEqualTo("User is denied operation Write on Subject: " + SUBJECT);
    }

    @Test
    void aReaderMayNotDeleteNorChangeConfigOrMode() throws Exception {
        assertThat(send("DELETE", "/subjects/" + SUBJECT, null, READER.name(), READER.password())
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("PUT", "/config", "{\"compatibility\":\"NONE\"}", READER.name(), READER.password())
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("PUT", "/config/" + SUBJECT, "{\"compatibility\":\"NONE\"}", READER.name(), READER.password())
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("PUT", "/mode", "{\"mode\":\"READONLY\"}", READER.name(), READER.password())
                        .statusCode())
                .isEqualTo(403);
        assertThat(json(send("GET", "/config", null, WRITER.name(), WRITER.password()))
                        .get("compatibilityLevel")
                        .asText())
                .isEqualTo("BACKWARD");
    }

    @Test
    void aReaderLooksSchemasUpAndTestsCompatibility() throws Exception {
        int id = json(send("POST", "/subjects/" + SUBJECT + "/versions", SCHEMA, WRITER.name(), WRITER.password()))
                .get("id")
                .asInt();

        assertThat(send("GET", "/subjects", null, READER.name(), READER.password())
                        .body())
                .contains(SUBJECT);
        assertThat(send("GET", "/schemas/ids/" + id, null, READER.name(), READER.password())
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/subjects/" + SUBJECT + "/versions/latest", null, READER.name(), READER.password())
                        .statusCode())
                .isEqualTo(200);
        var lookup = send("POST", "/subjects/" + SUBJECT, SCHEMA, READER.name(), READER.password());
        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(json(lookup).get("id").asInt()).isEqualTo(id);
        assertThat(send(
                                "POST",
                                "/compatibility/subjects/" + SUBJECT + "/versions/latest",
                                SCHEMA,
                                READER.name(),
                                READER.password())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void accountsNeverShowTheirPasswords() {
        assertThat(WRITER.toString()).doesNotContain(WRITER.password());
    }

    private static HttpResponse<String> send(String method, String path, String body, String user, String password)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(registry.url() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
