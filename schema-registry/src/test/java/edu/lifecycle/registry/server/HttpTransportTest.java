package edu.lifecycle.registry.server;

import static edu.lifecycle.registry.server.StudentSchemas.ID;
import static edu.lifecycle.registry.server.StudentSchemas.student;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What any Confluent-compatible client sends must work, whatever its headers say. */
class HttpTransportTest {

    @RegisterExtension
    final InMemoryRegistry registry = new InMemoryRegistry();

    private RegistryHttp http() {
        return registry.http();
    }

    @ParameterizedTest
    @ValueSource(strings = {RegistryHttp.REGISTRY_JSON, "application/json", "application/octet-stream"})
    void acceptsEveryContentTypeConfluentsClientSends(String contentType) {
        Reply reply = http().send(
                        "POST",
                        "/subjects/probe-value/versions",
                        RegistryHttp.schemaBody(student(ID)),
                        contentType,
                        RegistryHttp.JDK_DEFAULT_ACCEPT);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.id()).isEqualTo(1);
    }

    /** Confluent's Java client sends the JDK default; other clients list the registry's types with weights. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                RegistryHttp.JDK_DEFAULT_ACCEPT,
                "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5"
            })
    void acceptsTheAcceptHeadersClientsSend(String accept) {
        Reply reply = http().send("GET", "/subjects", null, RegistryHttp.REGISTRY_JSON, accept);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo(RegistryHttp.REGISTRY_JSON);
    }

    @Test
    void answersInTheRegistryContentType() {
        assertThat(http().register("probe-value", student(ID)).contentType()).isEqualTo(RegistryHttp.REGISTRY_JSON);
        assertThat(http().get("/nowhere").contentType()).isEqualTo(RegistryHttp.REGISTRY_JSON);
    }

    @Test
    void ignoresUnknownQueryParametersAndFields() {
        String body = "{\"schemaType\":\"AVRO\",\"schema\":" + RegistryHttp.jsonString(student(ID))
                + ",\"metadata\":{\"properties\":{\"owner\":\"registrar\"}},\"ruleSet\":null,\"brandNew\":[1,2]}";

        Reply registered = http().post("/subjects/probe-value/versions?normalize=false&format=x&future=1", body);
        Reply read = http().get("/schemas/ids/1?fetchMaxId=false&subject=probe-value&format=resolved");

        assertThat(registered.status()).isEqualTo(200);
        assertThat(read.status()).isEqualTo(200);
    }

    @Test
    void treatsTheDefaultContextPrefixAsNoPrefix() {
        http().register(":.:probe-value", student(ID));

        assertThat(http().get("/subjects").body()).isEqualTo("[\"probe-value\"]");
        assertThat(http().get("/subjects/:.:probe-value/versions").body()).isEqualTo("[1]");
    }

    @Test
    void keepsEncodedCharactersInSubjects() {
        http().register("a/b c+d", student(ID));

        assertThat(http().get("/subjects").body()).isEqualTo("[\"a/b c+d\"]");
        assertThat(http().get("/subjects/" + RegistryHttp.encode("a/b c+d") + "/versions")
                        .body())
                .isEqualTo("[1]");
    }

    @Test
    void answersTheRootAndTheDefaultContext() {
        assertThat(http().get("/").body()).isEqualTo("{}");
        assertThat(http().get("/contexts").body()).isEqualTo("[\".\"]");
    }

    @Test
    void describesItsCluster() {
        assertThat(http().get("/v1/metadata/id")
                        .json()
                        .at("/scope/clusters/schema-registry-cluster")
                        .asText())
                .isEqualTo("schema-registry");
    }

    @Test
    void servesRequestsConcurrently() throws Exception {
        var threads = new java.util.ArrayList<Thread>();
        var failures = new java.util.concurrent.ConcurrentLinkedQueue<Reply>();
        for (int i = 0; i < 8; i++) {
            String subject = "subject-" + i;
            Thread thread = new Thread(() -> {
                Reply reply = http().register(subject, student(ID));
                if (reply.status() != 200 || reply.id() != 1) {
                    failures.add(reply);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(failures).isEmpty();
        assertThat(http().get("/subjects").json()).hasSize(8);
    }
}
