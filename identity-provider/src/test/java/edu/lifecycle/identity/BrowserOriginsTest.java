package edu.lifecycle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a browser running Swagger UI on a service's page asks of the provider from script: the discovery document,
 * then the code exchange, both cross-origin. The console's origins are answered; any other origin is not.
 */
class BrowserOriginsTest {

    private static final String SWAGGER_ORIGIN = "http://127.0.0.1:8091";

    @TempDir
    static Path folder;

    static IdentityProvider provider;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        provider = IdentityProvider.start(IdentitySettings.forTests(folder.resolve("identity")));
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void swaggerUiOnAServicesPageReadsTheDiscoveryDocument() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(provider.issuer() + "/.well-known/openid-configuration"))
                        .header("Origin", SWAGGER_ORIGIN)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SWAGGER_ORIGIN);
    }

    @Test
    void swaggerUiMayExchangeItsCodeFromScript() throws Exception {
        var preflight = preflight("/oauth2/token", "http://localhost:8094");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("http://localhost:8094");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("POST"));
        // Cookies never cross: the code exchange needs none, and the sign-in session stays the provider's.
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
    }

    @Test
    void aPageOfAnyOtherOriginIsNotAnswered() throws Exception {
        var preflight = preflight("/oauth2/token", "http://127.0.0.1:6666");

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    private HttpResponse<String> preflight(String path, String origin) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(provider.issuer() + path))
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
