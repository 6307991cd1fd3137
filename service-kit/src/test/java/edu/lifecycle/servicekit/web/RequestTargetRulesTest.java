package edu.lifecycle.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.security.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
        classes = HttpContractApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The web contract alone has no command side, so readiness cannot wait for the commands' round trip.
        properties = {"server.address=127.0.0.1", "management.endpoint.health.group.readiness.include=readinessState"})
class RequestTargetRulesTest {

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add(TestIssuer.ISSUER_URI, TestIssuer.shared()::issuer);
    }

    private static final String ID_RULE = "1 to 100 characters among A-Z, a-z, 0-9 and . _ : -, other than . and ..";

    @LocalServerPort
    private int port;

    private HttpContractClient client() {
        return new HttpContractClient(port);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a%20b",
                "a%22b",
                "a'b",
                "%3Cscript%3E",
                "a%3Eb",
                "a+b",
                "a*b",
                "a%25b",
                "a%60b",
                "a%7Bb%7D",
                "a%0Ab",
                "a%0Db",
                "a%09b",
                "a%1Bb",
                "a%7Fb",
                "a%C2%85b",
                "%C3%A9l%C3%A8ve",
                "a%E2%80%AEb"
            })
    void aCommandOnAPathIdOutsideTheRuleIs400NamingTheVariable(String rawId) {
        var answer = client().post("/api/v1/students/" + rawId + "/placements/internships", "{\"weeks\": 1}");

        assertThat(answer.invalidField("studentId")).isEqualTo("must be " + ID_RULE);
    }

    @Test
    void everyPathIdIsCheckedAndEachBadOneNamed() {
        assertThat(client().get("/api/v1/students/S-1/placements/p%201").invalidField("placementId"))
                .contains(ID_RULE);
        assertThat(client().get("/api/v1/commands/x%3Cy").invalidField("id")).contains(ID_RULE);

        var both = client().get("/api/v1/students/a%20b/placements/c%20d").problem(400);
        assertThat(both.get("errors")
                        .valueStream()
                        .map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("studentId", "placementId");
    }

    @Test
    void aPathIdLongerThanAHundredCharactersIs400() {
        assertThat(client().get("/api/v1/commands/" + "x".repeat(101)).invalidField("id"))
                .contains(ID_RULE);
        assertThat(client().get("/api/v1/commands/" + "x".repeat(100)).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2E", "%2e%2e", ".%2E"})
    void aDotOrTwoIsNotAnIdAsTheyNameAnotherResourceInALocation(String rawId) {
        var answer = client().post("/api/v1/students/" + rawId + "/placements/internships", "{\"weeks\": 1}");

        assertThat(answer.invalidField("studentId")).isEqualTo("must be " + ID_RULE);
    }

    @Test
    void aQueryStringThatCannotBeDecodedIs400() {
        assertThat(client().raw("GET", "/api/v1/programmes/M2-ISD/years/2026-2027/roster?status=%ZZ")
                        .invalidField("query string"))
                .contains("cannot be decoded");
        assertThat(client().get("/api/v1/commands/x?unused=%C3").invalidField("query string"))
                .contains("cannot be decoded");
    }

    @Test
    void idsWithinTheRuleReachTheController() {
        var created = client().post("/api/v1/students/S-2026.001_b:c/placements/internships", "{\"weeks\": 1}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var command = client().get("/api/v1/commands/policy:enrollments:4f1c-9a");
        assertThat(command.status()).isEqualTo(200);
        assertThat(command.json().get("id").asString()).isEqualTo("policy:enrollments:4f1c-9a");
    }

    @Test
    void controlCharactersInAnyPathVariableOrQueryParameterAre400NamingIt() {
        assertThat(client().get("/api/v1/programmes/M2%0AISD/years/2026-2027/roster")
                        .invalidField("programme"))
                .contains("control characters");
        assertThat(client().get("/api/v1/programmes/M2-ISD/years/2026-2027/roster?status=ENROLLED%1B%5B2J")
                        .invalidField("status"))
                .contains("control characters");
        assertThat(client().get("/api/v1/programmes/M2-ISD/years/2026-2027/roster?status=%00")
                        .invalidField("status"))
                .contains("control characters");
    }

    @Test
    void otherPathVariablesAndQueryParametersMayHoldAnyPrintableText() {
        var answer = client().get("/api/v1/programmes/M2%20ISD/years/2026-2027/roster?status=on%20hold%20%C3%A9");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("programme").asString()).isEqualTo("M2 ISD");
        assertThat(answer.json().get("status").asString()).isEqualTo("on hold é");
    }
}
