package edu.lifecycle.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.localstack.backbone.Login;
import edu.lifecycle.localstack.backbone.Principals;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded registry holds every subject to the contract's BACKWARD_TRANSITIVE, not Confluent's BACKWARD. */
class LocalStackCompatibilityIntegrationTest {

    private static final String V1 =
            "{\"type\":\"record\",\"name\":\"Enrolment\",\"fields\":[" + "{\"name\":\"student\",\"type\":\"string\"}]}";
    /** Adds an e-mail with a default: reads v1 data. */
    private static final String V2 = "{\"type\":\"record\",\"name\":\"Enrolment\",\"fields\":["
            + "{\"name\":\"student\",\"type\":\"string\"},{\"name\":\"email\",\"type\":\"string\",\"default\":\"\"}]}";
    /** Drops the default: reads v2 data, which always has an e-mail, but not v1 data, which never has one. */
    private static final String V3 = "{\"type\":\"record\",\"name\":\"Enrolment\",\"fields\":["
            + "{\"name\":\"student\",\"type\":\"string\"},{\"name\":\"email\",\"type\":\"string\"}]}";

    private final HttpClient http = HttpClient.newHttpClient();
    private Login writer;

    @TempDir
    Path data;

    @Test
    void refusesAVersionThatCannotReadTheFirstEvenThoughItReadsTheLatest() throws Exception {
        try (var stack = LocalStack.start(LocalStackSettings.ephemeral(data))) {
            String url = stack.schemaRegistryUrl();
            // The registry is closed: a service's login is a writer's.
            writer = stack.login(Principals.SERVICES.get(0));

            assertThat(send(url + "/config", null).body())
                    .isEqualTo("{\"compatibilityLevel\":\"BACKWARD_TRANSITIVE\"}");
            assertThat(register(url, V1).statusCode()).isEqualTo(200);
            assertThat(register(url, V2).statusCode()).isEqualTo(200);

            HttpResponse<String> refused = register(url, V3);

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.body())
                    .contains("\"error_code\":40901")
                    .contains("{oldSchemaVersion: 1}")
                    .contains("compatibility: 'BACKWARD_TRANSITIVE'");
            assertThat(send(url + "/subjects/enrolments-value/versions", null).body())
                    .isEqualTo("[1,2]");
        }
    }

    private HttpResponse<String> register(String url, String schema) throws Exception {
        String body = "{\"schema\":\"" + schema.replace("\"", "\\\"") + "\"}";
        return send(url + "/subjects/enrolments-value/versions", body);
    }

    private HttpResponse<String> send(String url, String body) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((writer.user() + ":" + writer.password()).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .header("Authorization", "Basic " + basic);
        return http.send(
                body == null
                        ? request.GET().build()
                        : request.POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
