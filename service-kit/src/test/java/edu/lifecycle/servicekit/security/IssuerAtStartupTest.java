package edu.lifecycle.servicekit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** A service needs an issuer to start, but not an issuer that already answers. */
class IssuerAtStartupTest {

    private static final String[] BASE = {
        "--server.address=127.0.0.1",
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--management.endpoint.health.group.readiness.include=readinessState"
    };

    private static String[] concat(String[] base, String more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + 1);
        all[base.length] = more;
        return all;
    }

    @Test
    void aServiceWithoutAnIssuerRefusesToStartSayingWhichPropertyToSet() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SecuredApplication.class)
                        .run(BASE)
                        .close())
                .rootCause()
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    }

    @Test
    void aServiceStartsBeforeItsProviderAnswersAndMeanwhileAnswers503NotA500() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var context = new SpringApplicationBuilder(SecuredApplication.class)
                .run(concat(BASE, "--" + TestIssuer.ISSUER_URI + "=http://127.0.0.1:" + closedPort + "/issuer"))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                                    .header(
                                            "Authorization",
                                            "Bearer " + TestIssuer.shared().token("r-1", Roles.REGISTRAR))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            var health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }
}
