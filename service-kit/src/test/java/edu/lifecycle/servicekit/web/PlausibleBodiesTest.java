package edu.lifecycle.servicekit.web;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.servicekit.security.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Request bodies: only plausible values get through, and each refusal names its field. */
@SpringBootTest(
        classes = HttpContractApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The web contract alone has no command side, so readiness cannot wait for the commands' round trip.
        properties = {"server.address=127.0.0.1", "management.endpoint.health.group.readiness.include=readinessState"})
class PlausibleBodiesTest {

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add(TestIssuer.ISSUER_URI, TestIssuer.shared()::issuer);
    }

    private static final String PATH = "/api/v1/students/S-1/placements/internships";

    @LocalServerPort
    private int port;

    /** Posts the fields given, with the one required field added when they lack it. */
    private HttpContractClient.Answer post(String json) {
        String body = json.contains("\"weeks\"") ? json : json.replaceFirst("\\{", "{\"weeks\": 1, ");
        return new HttpContractClient(port).post(PATH, body);
    }

    @Test
    void plausibleValuesAreAcceptedUnchanged() {
        var answer = post("""
                {"employer": "Zoë Ørsted – 東京 \\"Ltd\\" <b>", "months": 6, "weeks": 26, "fullTime": true,
                 "mark": 15.5, "signedAt": "2026-10-15T09:00:00Z", "startOn": "2026-11-02",
                 "defenseAt": "2027-06-30T14:00:00+02:00", "scheme": "WORK_STUDY", "jury": ["Dr A", "Dr B"],
                 "tags": ["x"], "notes": {"room": "B 12"}, "address": {"city": "Paris", "lines": ["1 rue X"]}}
                """);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        var echoed = answer.json();
        assertThat(echoed.get("employer").asString()).isEqualTo("Zoë Ørsted – 東京 \"Ltd\" <b>");
        assertThat(echoed.get("months").asInt()).isEqualTo(6);
        assertThat(echoed.get("signedAt").asString()).isEqualTo("2026-10-15T09:00:00Z");
        assertThat(echoed.get("startOn").asString()).isEqualTo("2026-11-02");
        assertThat(echoed.get("scheme").asString()).isEqualTo("WORK_STUDY");
    }

    @Test
    void aFieldNamingThePersonActingIs400NamingItWhileOtherUnknownFieldsAreIgnored() {
        assertThat(post("{\"signedBy\": \"someone-else\"}").invalidField("signedBy"))
                .isEqualTo("must not be sent: the signedBy is the signed-in caller");
        assertThat(post("{\"signedBy\": null}").invalidField("signedBy")).contains("signed-in caller");

        assertThat(post("{\"employer\": \"Acme\", \"comment\": \"from an older client\"}")
                        .status())
                .isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Acme\\u0000",
                "\\u001b[31mAcme",
                "Acme\\r\\nX-Injected: 1",
                "Acme\\n",
                "Ac\\tme",
                "Acme\\u007f",
                "Acme\\u0085",
                "Acme\\u009b",
                "Acme\\ud800"
            })
    void controlCharactersInAStringFieldAre400NamingIt(String escaped) {
        assertThat(post("{\"employer\": \"" + escaped + "\"}").invalidField("employer"))
                .contains("control characters");
    }

    @Test
    void controlCharactersAreFoundAtAnyDepth() {
        assertThat(post("{\"address\": {\"city\": \"Par\\u0000is\"}}").invalidField("address.city"))
                .contains("control characters");
        assertThat(post("{\"jury\": [\"Dr A\", \"Dr\\u001bB\"]}").invalidField("jury[1]"))
                .contains("control characters");
        assertThat(post("{\"tags\": [\"\\n\"]}").invalidField("tags[0]")).contains("control characters");
        assertThat(post("{\"notes\": {\"room\": \"B\\r12\"}}").invalidField("notes.room"))
                .contains("control characters");
        assertThat(post("{\"address\": {\"lines\": [\"ok\", \"\\u0007\"]}}").invalidField("address.lines[1]"))
                .contains("control characters");
    }

    @ParameterizedTest
    @CsvSource({"months, 2.5", "months, 6.0", "months, 1e1", "weeks, 1.5", "weeks, 26.0"})
    void aFractionForAnIntegerFieldIs400NamingIt(String field, String value) {
        assertThat(post("{\"" + field + "\": " + value + "}").invalidField(field))
                .contains("integer");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "signedAt | 1760518800",
                "signedAt | 1760518800.5",
                "signedAt | \"1760518800\"",
                "startOn | 20376",
                "startOn | [2026, 11, 2]",
                "startOn | \"20376\"",
                "defenseAt | 1782820800",
                "defenseAt | 1.7828208E9"
            })
    void aNumberForADateOrTimeFieldIs400NamingIt(String field, String value) {
        assertThat(post("{\"" + field + "\": " + value + "}").invalidField(field))
                .contains("ISO-8601");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "\"1\""})
    void aNumberForAnEnumFieldIs400NamingIt(String value) {
        assertThat(post("{\"scheme\": " + value + "}").invalidField("scheme")).contains("INITIAL", "WORK_STUDY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "\"yes\""})
    void anythingButTrueOrFalseForABooleanFieldIs400NamingIt(String value) {
        assertThat(post("{\"fullTime\": " + value + "}").invalidField("fullTime"))
                .contains("true or false");
    }
}
