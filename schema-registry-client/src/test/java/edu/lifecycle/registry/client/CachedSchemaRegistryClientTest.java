package edu.lifecycle.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.lifecycle.registry.testing.FakeRegistryServer;
import edu.lifecycle.registry.testing.FakeRegistryServer.Answer;
import edu.lifecycle.registry.testing.RecordingSleeper;
import edu.lifecycle.registry.testing.SettableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachedSchemaRegistryClientTest {

    static final String PAYMENT = "{\"type\":\"record\",\"name\":\"Payment\",\"namespace\":\"interop\",\"fields\":"
            + "[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"double\"}]}";
    static final Schema PAYMENT_SCHEMA = new Schema.Parser().parse(PAYMENT);
    static final String PAYMENT_AS_JSON_STRING = "\"" + PAYMENT.replace("\"", "\\\"") + "\"";

    private final FakeRegistryServer registry = FakeRegistryServer.start();
    private final SettableClock clock = new SettableClock();

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    private CachedSchemaRegistryClient client(Map<String, ?> configs) {
        return new CachedSchemaRegistryClient(List.of(registry.url()), configs, clock, new RecordingSleeper());
    }

    private CachedSchemaRegistryClient client() {
        return client(Map.of());
    }

    @Test
    void registersWithTheExactRequestConfluentsSerializerSends() throws Exception {
        registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"));

        int id = client().register("t1-value", PAYMENT_SCHEMA, false);

        assertThat(id).isEqualTo(1);
        FakeRegistryServer.RecordedRequest request = registry.requests().get(0);
        assertThat(request.target()).isEqualTo("/subjects/t1-value/versions?normalize=false");
        assertThat(request.body()).isEqualTo("{\"schemaType\":\"AVRO\",\"schema\":" + PAYMENT_AS_JSON_STRING + "}");
        assertThat(request.header("Content-Type")).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(request.header("Accept"))
                .isEqualTo(
                        "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json");
    }

    @Test
    void registersEachSubjectAndSchemaOnlyOnce() throws Exception {
        registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"));
        CachedSchemaRegistryClient client = client();

        for (int i = 0; i < 5; i++) {
            client.register("t1-value", new Schema.Parser().parse(PAYMENT), false);
        }

        assertThat(registry.requests()).hasSize(1);
    }

    @Test
    void acceptsTheRicherAnswersOfNewerServers() throws Exception {
        registry.on(
                "POST",
                "/subjects/t1-value/versions",
                Answer.ok("{\"id\":2,\"version\":1,\"guid\":\"0b4f…\",\"schemaType\":\"AVRO\",\"schema\":"
                        + PAYMENT_AS_JSON_STRING + ",\"ts\":1,\"deleted\":false,\"shinyNewField\":{}}"));

        assertThat(client().register("t1-value", PAYMENT_SCHEMA)).isEqualTo(2);
    }

    @Test
    void treatsOnlyHttp200AsSuccess() {
        registry.on("POST", "/subjects/t1-value/versions", new Answer(201, "{\"id\":1}"));

        assertThatThrownBy(() -> client().register("t1-value", PAYMENT_SCHEMA))
                .isInstanceOfSatisfying(
                        RestClientException.class,
                        e -> assertThat(e.getStatus()).isEqualTo(201));
    }

    @Test
    void reportsANoContentAnswerToRegisterAsAFailure() {
        registry.on("POST", "/subjects/t1-value/versions", new Answer(204, null));

        assertThatThrownBy(() -> client().register("t1-value", PAYMENT_SCHEMA))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no content");
    }

    @Test
    void urlEncodesSubjectsAndDropsTrailingSlashesOfTheBaseUrl() throws Exception {
        registry.on("POST", "/subjects/billing%2Fpayments%20v2-value/versions", Answer.ok("{\"id\":3}"));
        CachedSchemaRegistryClient client = new CachedSchemaRegistryClient(registry.url() + "//", 10);

        assertThat(client.register("billing/payments v2-value", PAYMENT_SCHEMA)).isEqualTo(3);
        assertThat(registry.requests().get(0).target())
                .isEqualTo("/subjects/billing%2Fpayments%20v2-value/versions?normalize=false");
    }

    @Test
    void looksUpWithoutRegistering() throws Exception {
        registry.on(
                "POST",
                "/subjects/t1-value",
                Answer.ok(
                        "{\"subject\":\"t1-value\",\"version\":4,\"id\":9,\"schema\":" + PAYMENT_AS_JSON_STRING + "}"));
        CachedSchemaRegistryClient client = client();

        RegisteredSchema found = client.lookup("t1-value", PAYMENT_SCHEMA, true);
        client.getId("t1-value", PAYMENT_SCHEMA, true);

        assertThat(found.id()).isEqualTo(9);
        assertThat(found.version()).isEqualTo(4);
        assertThat(registry.targets()).containsExactly("POST /subjects/t1-value?normalize=true&deleted=false");
    }

    @Test
    void fetchesASchemaByIdOncePerSubject() throws Exception {
        registry.on(
                "GET",
                "/schemas/ids/1",
                Answer.ok("{\"subject\":\"t1-value\",\"version\":1,\"schema\":" + PAYMENT_AS_JSON_STRING + "}"));
        CachedSchemaRegistryClient client = client();

        Schema first = client.getSchemaBySubjectAndId("t1-value", 1);
        Schema second = client.getSchemaBySubjectAndId("t1-value", 1);

        assertThat(first).isEqualTo(PAYMENT_SCHEMA).isSameAs(second);
        assertThat(registry.targets()).containsExactly("GET /schemas/ids/1?fetchMaxId=false&subject=t1-value");
    }

    @Test
    void omitsTheSubjectParameterWhenThereIsNone() throws Exception {
        registry.on("GET", "/schemas/ids/1", Answer.ok("{\"schema\":\"\\\"string\\\"\"}"));

        assertThat(client().getSchemaById(1).getType()).isEqualTo(Schema.Type.STRING);
        assertThat(registry.targets()).containsExactly("GET /schemas/ids/1?fetchMaxId=false");
    }

    @Test
    void resolvesGuids() throws Exception {
        registry.on(
                "GET",
                "/schemas/guids/6f1c2d3e-0000-4000-8000-000000000001",
                Answer.ok("{\"schema\":" + PAYMENT_AS_JSON_STRING + "}"));

        assertThat(client().getSchemaByGuid("6f1c2d3e-0000-4000-8000-000000000001"))
                .isEqualTo(PAYMENT_SCHEMA);
    }

    @Test
    void refusesSchemasOfOtherTypes() {
        registry.on("GET", "/schemas/ids/4", Answer.ok("{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = 1\"}"));

        assertThatThrownBy(() -> client().getSchemaById(4)).hasMessageContaining("PROTOBUF");
    }

    @Test
    void readsTheLatestVersionAndCachesItForItsTtl() throws Exception {
        registry.on(
                "GET",
                "/subjects/t1-value/versions/latest",
                Answer.ok("{\"subject\":\"t1-value\",\"version\":3,\"id\":7,\"guid\":\"g\",\"schema\":"
                        + PAYMENT_AS_JSON_STRING + "}"));
        CachedSchemaRegistryClient client = client(Map.of("latest.cache.ttl.sec", 30));

        RegisteredSchema latest = client.getLatestSchemaMetadata("t1-value");
        client.getLatestSchemaMetadata("t1-value");
        clock.advance(Duration.ofSeconds(31));
        client.getLatestSchemaMetadata("t1-value");

        assertThat(latest).isEqualTo(new RegisteredSchema("t1-value", 3, 7, "g", PAYMENT_SCHEMA));
        assertThat(registry.requests()).hasSize(2);
    }

    @Test
    void readsBothSpellingsOfTheCompatibilityKey() throws Exception {
        registry.on("GET", "/config", Answer.ok("{\"compatibilityLevel\":\"BACKWARD\"}"));
        registry.on("PUT", "/config/t1-value", Answer.ok("{\"compatibility\":\"FULL\"}"));
        CachedSchemaRegistryClient client = client();

        assertThat(client.getConfig(null).compatibilityLevel()).isEqualTo("BACKWARD");
        assertThat(client.updateConfig("t1-value", RegistryConfig.compatibility("FULL")))
                .isEqualTo(new RegistryConfig("FULL", null));
        assertThat(registry.requests("PUT", "/config/t1-value").get(0).body())
                .isEqualTo("{\"compatibility\":\"FULL\"}");
    }

    @Test
    void deletesConfig() throws Exception {
        registry.on("DELETE", "/config/t1-value", Answer.ok("{\"compatibilityLevel\":\"NONE\"}"));

        assertThat(client().deleteConfig("t1-value").compatibilityLevel()).isEqualTo("NONE");
    }

    @Test
    void testsCompatibilityAgainstTheLatestVersion() throws Exception {
        registry.on(
                "POST",
                "/compatibility/subjects/t1-value/versions/latest",
                Answer.ok("{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE\"]}"));

        assertThat(client().testCompatibility("t1-value", PAYMENT_SCHEMA)).isFalse();
        assertThat(registry.requests().get(0).body()).startsWith("{\"schemaType\":\"AVRO\",\"schema\":");
    }

    @Test
    void listsAndDeletesSubjectsAndVersions() throws Exception {
        registry.on("GET", "/subjects", Answer.ok("[\"a-value\",\"b-value\"]"));
        registry.on("GET", "/subjects/a-value/versions", Answer.ok("[1,2]"));
        registry.on("DELETE", "/subjects/a-value", Answer.ok("[1,2]"));
        registry.on("DELETE", "/subjects/b-value/versions/latest", Answer.ok("1"));
        CachedSchemaRegistryClient client = client();

        assertThat(client.getAllSubjects()).containsExactly("a-value", "b-value");
        assertThat(client.getAllVersions("a-value")).containsExactly(1, 2);
        assertThat(client.deleteSubject("a-value", true)).containsExactly(1, 2);
        assertThat(client.deleteSchemaVersion("b-value", "latest", false)).isEqualTo(1);
        assertThat(registry.targets()).contains("DELETE /subjects/a-value?permanent=true");
    }

    @Test
    void registersAgainAfterTheSubjectWasDeleted() throws Exception {
        registry.on("POST", "/subjects/t1-value/versions", Answer.ok("{\"id\":1}"));
        registry.on("DELETE", "/subjects/t1-value", Answer.ok("[1]"));
        CachedSchemaRegistryClient client = client();

        client.register("t1-value", PAYMENT_SCHEMA);
        client.deleteSubject("t1-value", false);
        client.register("t1-value", PAYMENT_SCHEMA);

        assertThat(registry.requests("POST", "/subjects/t1-value/versions")).hasSize(2);
    }

    @Test
    void turnsTheErrorBodyIntoARestClientException() {
        registry.on("GET", "/schemas/ids/99", Answer.error(404, 40403, "Schema 99 not found"));

        assertThatThrownBy(() -> client().getSchemaById(99))
                .isInstanceOfSatisfying(RestClientException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(404);
                    assertThat(e.getErrorCode()).isEqualTo(40403);
                    assertThat(e.isNotFound()).isTrue();
                })
                .hasMessage("Schema 99 not found; error code: 40403");
    }

    @Test
    void recognisesBothIncompatibilityCodes() {
        registry.on("POST", "/subjects/old-server/versions", Answer.error(409, 409, "incompatible"));
        registry.on("POST", "/subjects/new-server/versions", Answer.error(409, 40901, "incompatible"));
        CachedSchemaRegistryClient client = client();

        for (String subject : List.of("old-server", "new-server")) {
            assertThatThrownBy(() -> client.register(subject, PAYMENT_SCHEMA))
                    .isInstanceOfSatisfying(
                            RestClientException.class,
                            e -> assertThat(e.isIncompatibleSchema()).isTrue());
        }
    }

    @Test
    void substitutesCode50005ForAnUnparseableErrorBody() {
        registry.on("GET", "/subjects", new Answer(500, "<html><body>Bad gateway</body></html>"));
        CachedSchemaRegistryClient client = client(Map.of("max.retries", 0));

        assertThatThrownBy(client::getAllSubjects)
                .isInstanceOfSatisfying(RestClientException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(50005);
                    assertThat(e.getStatus()).isEqualTo(500);
                })
                .hasMessageStartingWith("Unable to parse error message from schema registry");
    }

    @Test
    void remembersMissingIdsForTheirTtl() {
        registry.on("GET", "/schemas/ids/99", Answer.error(404, 40403, "Schema 99 not found"));
        CachedSchemaRegistryClient client = client(Map.of("missing.id.cache.ttl.sec", 60));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.getSchemaById(99)).isInstanceOf(RestClientException.class);
        }
        clock.advance(Duration.ofSeconds(61));
        assertThatThrownBy(() -> client.getSchemaById(99))
                .isInstanceOfSatisfying(
                        RestClientException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(40403));

        assertThat(registry.requests()).hasSize(2);
    }

    @Test
    void asksAgainForMissingIdsWhenNegativeCachingIsOff() {
        registry.on("GET", "/schemas/ids/99", Answer.error(404, 40403, "Schema 99 not found"));
        CachedSchemaRegistryClient client = client();

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.getSchemaById(99)).isInstanceOf(RestClientException.class);
        }

        assertThat(registry.requests()).hasSize(3);
    }

    @Test
    void remembersMissingSchemasForTheirTtl() {
        registry.on("POST", "/subjects/t1-value", Answer.error(404, 40403, "Schema not found"));
        CachedSchemaRegistryClient client = client(Map.of("schema.registry.missing.schema.cache.ttl.sec", 60));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.lookup("t1-value", PAYMENT_SCHEMA, false))
                    .isInstanceOf(RestClientException.class);
        }

        assertThat(registry.requests()).hasSize(1);
    }

    @Test
    void sendsBasicAuthFromUserInfo() throws Exception {
        registry.on("GET", "/subjects", Answer.ok("[]"));
        Map<String, Object> configs = new HashMap<>();
        configs.put("basic.auth.credentials.source", "USER_INFO");
        configs.put("schema.registry.basic.auth.user.info", "registrar:s3cret");

        client(configs).getAllSubjects();

        assertThat(registry.requests().get(0).header("Authorization")).isEqualTo("Basic cmVnaXN0cmFyOnMzY3JldA==");
    }

    @Test
    void sendsBasicAuthFromCredentialsInTheUrl() throws Exception {
        registry.on("GET", "/subjects", Answer.ok("[]"));
        String url = registry.url().replace("http://", "http://registrar:s3cret@");

        new CachedSchemaRegistryClient(List.of(url), Map.of()).getAllSubjects();

        assertThat(registry.requests().get(0).header("Authorization")).isEqualTo("Basic cmVnaXN0cmFyOnMzY3JldA==");
    }

    @Test
    void sendsNoAuthorizationWithoutCredentials() throws Exception {
        registry.on("GET", "/subjects", Answer.ok("[]"));

        client().getAllSubjects();

        assertThat(registry.requests().get(0).header("Authorization")).isNull();
    }

    @Test
    void addsConfiguredRequestHeaders() throws Exception {
        registry.on("GET", "/subjects", Answer.ok("[]"));

        client(Map.of("request.header.X-Tenant", "registrar-office")).getAllSubjects();

        assertThat(registry.requests().get(0).header("X-Tenant")).isEqualTo("registrar-office");
    }
}
