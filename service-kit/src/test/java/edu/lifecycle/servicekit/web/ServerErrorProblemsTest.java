package edu.lifecycle.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.security.TestIssuer;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What Tomcat refuses before Spring sees the request, and what escapes Spring MVC, is a problem body too. */
@SpringBootTest(
        classes = HttpContractApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The web contract alone has no command side, so readiness cannot wait for the commands' round trip.
        properties = {"server.address=127.0.0.1", "management.endpoint.health.group.readiness.include=readinessState"})
class ServerErrorProblemsTest {

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add(TestIssuer.ISSUER_URI, TestIssuer.shared()::issuer);
    }

    @LocalServerPort
    private int port;

    private HttpContractClient client() {
        return new HttpContractClient(port);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/students/a%2Fb/placements/p1",
                "/api/v1/students/a%2fb/placements/p1",
                "/api/v1/students/a%5Cb/placements/p1",
                "/api/v1/students/a%00b/placements/p1",
                "/api/v1/students/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/api/v1/students/a\\b/placements/p1"
            })
    void aPathTomcatRefusesIs400Problem(String rawTarget) {
        var answer = client().raw("GET", rawTarget);

        var problem = answer.problem(400);
        assertThat(problem.get("detail").asString()).contains("path");
        assertThat(answer.body()).doesNotContain("<html", "Tomcat");
    }

    @Test
    void traceIs405Problem() {
        var answer = client().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/commands/x"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()));

        assertThat(answer.problem(405).get("detail").asString()).contains("TRACE");
    }

    @Test
    void unknownRouteIsRefusedSinceNoAccessRuleCoversIt() {
        assertThat(client().get("/api/v1/nothing-here")
                        .problem(403)
                        .get("detail")
                        .asString())
                .contains("deny by default");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/nothing-here",
                "/api/v1/commands/a%20b",
                "/api/v1/explode",
                "/api/v1/filter-explodes",
                "/api/v1/students/a%2Fb/placements/p1"
            })
    void aBrowserAskingForHtmlGetsAProblemToo(String rawPath) {
        var answer = client().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath))
                .header("Accept", "text/html"));

        assertThat(answer.status()).isGreaterThanOrEqualTo(400);
        answer.problem(answer.status());
    }

    @Test
    void theErrorPathAskedDirectlyIs404Problem() {
        client().get("/error").problem(404);
    }

    @Test
    void failureInAControllerIs500ProblemWithoutInternals() {
        var answer = client().get("/api/v1/explode");

        answer.problem(500);
        assertThat(answer.body()).doesNotContain("secret", "jdbc", "IllegalStateException", "trace");
    }

    @Test
    void failureOutsideSpringMvcIs500ProblemWithoutInternals() {
        var answer = client().get("/api/v1/filter-explodes");

        answer.problem(500);
        assertThat(answer.body()).doesNotContain("secret", "jdbc", "IllegalStateException", "trace");
    }
}
