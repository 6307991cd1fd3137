package edu.lifecycle.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import edu.lifecycle.console.pages.ActionOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The console's pages and actions against stubbed services: which roles open which page (403 otherwise), the user's
 * token relayed to the service, and a service's answer shown in words.
 */
@SpringBootTest(properties = "spring.config.name=operations-console")
@AutoConfigureMockMvc
class ConsolePagesTest {

    private static final StubServices SERVICES = new StubServices();
    private static final String YEAR = "/programmes/M2-ISD/years/2026-2027/";
    private static final String API_YEAR = "/api/v1/programmes/M2-ISD/years/2026-2027";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        for (var service : List.of("admissions", "billing", "curriculum", "placement")) {
            registry.add("lifecycle.console." + service + "-url", SERVICES::url);
        }
        // No provider to discover in this test: its endpoints named outright.
        registry.add(
                "spring.security.oauth2.client.provider.lifecycle.authorization-uri",
                () -> "http://127.0.0.1:1/oauth2/authorize");
        registry.add("spring.security.oauth2.client.provider.lifecycle.token-uri", () -> "http://127.0.0.1:1/token");
        registry.add("spring.security.oauth2.client.provider.lifecycle.jwk-set-uri", () -> "http://127.0.0.1:1/jwks");
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    @BeforeEach
    void reset() {
        SERVICES.reset();
    }

    private static OidcLoginRequestPostProcessor as(String role, String... studentId) {
        var login = oidcLogin()
                .idToken(token -> {
                    token.claim("preferred_username", role);
                    token.claim("roles", List.of(role));
                    if (studentId.length > 0) {
                        token.claim("student_id", studentId[0]);
                    }
                })
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
        // Registered as the console's own registration, so the token relay finds the user's authorized client.
        return login.clientRegistration(ClientRegistration.withRegistrationId("lifecycle")
                .clientId("lifecycle-console")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("http://127.0.0.1:1/oauth2/authorize")
                .tokenUri("http://127.0.0.1:1/token")
                .build());
    }

    @Test
    void aBursarSeesReceivablesWithTheirOwnTokenButNotAdmissionsNorTheSystemPage() throws Exception {
        SERVICES.answer(
                "GET " + API_YEAR + "/receivables",
                200,
                "{\"programme\":\"M2-ISD\",\"billed\":\"123456.00\",\"collected\":\"1000.00\",\"overdue\":\"77.50\"}");
        SERVICES.answer(
                "GET " + API_YEAR + "/overdue",
                200,
                "{\"items\":[{\"studentId\":\"s00009\",\"line\":\"INSTALMENT_2\",\"daysOverdue\":12}],"
                        + "\"next\":null}");

        var page = mvc.perform(get(YEAR + "billing").with(as("bursar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("123456.00").contains("77.50").contains("<h1>Billing");
        assertThat(page)
                .as("each overdue line, its student linked to the account")
                .contains("href=\"/accounts/s00009\"")
                .contains("INSTALMENT_2")
                .contains(">12<");
        assertThat(SERVICES.received)
                .as("every call carries the signed-in user's own token")
                .isNotEmpty()
                .allMatch(request -> "Bearer access-token".equals(request.authorization()));
        assertThat(page).as("the menu shows billing, not admissions").contains(">Billing</a>");
        assertThat(page).doesNotContain(">Admissions</a>").doesNotContain(">System</a>");

        mvc.perform(get(YEAR + "admissions").with(as("bursar"))).andExpect(status().isForbidden());
        mvc.perform(get("/system").with(as("bursar"))).andExpect(status().isForbidden());
        mvc.perform(get("/applications/s00001").with(as("bursar"))).andExpect(status().isForbidden());
    }

    @Test
    void eachRoleOpensExactlyItsPages() throws Exception {
        Map<String, List<String>> open = Map.of(
                "admissions-officer", List.of("overview", "admissions"),
                "bursar", List.of("overview", "billing"),
                "registrar", List.of("overview", "curriculum"),
                "placement-officer", List.of("overview", "placement"),
                "operations-viewer", List.of("overview", "admissions", "billing", "curriculum", "placement"),
                "operations-engineer", List.of(),
                "privacy-officer", List.of());
        for (var role : open.keySet()) {
            for (var page : List.of("overview", "admissions", "billing", "curriculum", "placement")) {
                var expected = open.get(role).contains(page) ? 200 : 403;
                mvc.perform(get(YEAR + page).with(as(role)))
                        .andExpect(result -> assertThat(result.getResponse().getStatus())
                                .as("%s on %s", role, page)
                                .isEqualTo(expected));
            }
            var system = role.startsWith("operations-") ? 200 : 403;
            mvc.perform(get("/system").with(as(role)))
                    .andExpect(result -> assertThat(result.getResponse().getStatus())
                            .as("%s on system", role)
                            .isEqualTo(system));
        }
    }

    @Test
    void theRegistrarSeesWhoIsStuckOnWhichDegreeCondition() throws Exception {
        SERVICES.answer(
                "GET " + API_YEAR + "/graduation-readiness",
                200,
                "{\"programme\":\"M2-ISD\",\"academicYear\":\"2026-2027\",\"next\":null,\"items\":["
                        + "{\"studentId\":\"s00003\",\"ectsEarned\":54,\"requiredEcts\":60,\"ects\":false,"
                        + "\"dissertation\":true,\"experience\":false,\"tuition\":true,"
                        + "\"missing\":[\"ects\",\"experience\"],\"degreeAwarded\":false}]}");

        var page = mvc.perform(get(YEAR + "curriculum").with(as("registrar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Graduation readiness")
                .contains("href=\"/students/s00003\"")
                .contains("54 / 60")
                .contains("ects, experience");
    }

    @Test
    void graduationReadinessComesAPageAtATimeAndTheNextPageStartsAfterTheLastStudentShown() throws Exception {
        SERVICES.answer(
                "GET " + API_YEAR + "/graduation-readiness",
                200,
                "{\"programme\":\"M2-ISD\",\"academicYear\":\"2026-2027\",\"next\":\"s00050\",\"items\":["
                        + "{\"studentId\":\"s00050\",\"ectsEarned\":60,\"requiredEcts\":60,\"ects\":true,"
                        + "\"dissertation\":true,\"experience\":true,\"tuition\":true,"
                        + "\"missing\":[],\"degreeAwarded\":true}]}");

        var first = mvc.perform(get(YEAR + "curriculum").with(as("registrar")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first).contains("href=\"/programmes/M2-ISD/years/2026-2027/curriculum?readinessAfter=s00050\"");
        assertThat(SERVICES.received.stream()
                        .filter(call -> call.path().endsWith("/graduation-readiness"))
                        .map(StubServices.Received::query))
                .containsExactly("limit=50");

        SERVICES.received.clear();
        mvc.perform(get(YEAR + "curriculum?readinessAfter=s00050").with(as("registrar")))
                .andExpect(status().isOk());
        assertThat(SERVICES.received.stream()
                        .filter(call -> call.path().endsWith("/graduation-readiness"))
                        .map(StubServices.Received::query))
                .containsExactly("limit=50&after=s00050");
    }

    @Test
    void theOverviewShowsTheExperienceRequirementMetAndEachServicesDeadLetters() throws Exception {
        SERVICES.answer(
                "GET " + API_YEAR + "/experience",
                200,
                "{\"programme\":\"M2-ISD\",\"academicYear\":\"2026-2027\",\"requiredMonths\":6.00,\"met\":41,"
                        + "\"notMet\":7,\"page\":0,\"size\":1,\"hasNext\":true,\"items\":[]}");
        SERVICES.answer("GET /api/v1/dead-letters", 200, """
                {"consumers":["x-service","x-service-read-models"],"items":[
                 {"consumer":"x-service","id":"0-1","sourceTopic":"a.commands","reasonType":"SerializationException",
                  "replayed":false},
                 {"consumer":"x-service","id":"0-2","sourceTopic":"a.commands","reasonType":"SerializationException",
                  "replayed":true},
                 {"consumer":"x-service-read-models","id":"1-7","sourceTopic":"b.events",
                  "reasonType":"PolicyTranslationException","replayed":false}]}
                """);

        var page = mvc.perform(get(YEAR + "overview").with(as("operations-viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .as("met of the enrolled, from placement's experience counts")
                .contains("id=\"experience-met\">41<")
                .contains("of 48 enrolled");
        assertThat(page)
                .as("each service's open dead letters: a replayed one is no longer open")
                .contains("id=\"dead-letters-admissions\">2<")
                .contains("id=\"dead-letters-billing\">2<")
                .contains("id=\"dead-letters-curriculum\">2<")
                .contains("id=\"dead-letters-placement\">2<");

        var system = mvc.perform(get("/system").with(as("operations-viewer")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(system)
                .as("per consumer, source topic and reason: open and replayed")
                .containsPattern("x-service</[^|]*a.commands</[^|]*SerializationException</[^|]*>1<[^|]*>1<")
                .containsPattern(
                        "x-service-read-models</[^|]*b.events</[^|]*PolicyTranslationException</[^|]*>1<" + "[^|]*>0<");
    }

    @Test
    void theSystemPageAndTheOverviewAskTheFourServicesAtOnceEachWithTheUsersToken() throws Exception {
        SERVICES.answer("GET /api/v1/dead-letters", 200, "{\"consumers\":[],\"items\":[]}");

        // Answered only once all four services' lists are asked for together (one after another, none would be).
        SERVICES.holdUntilTogether("GET /api/v1/dead-letters", 4);
        mvc.perform(get("/system").with(as("operations-viewer"))).andExpect(status().isOk());
        assertThat(SERVICES.arrivedTogether).hasSize(4).containsOnly(true);

        SERVICES.reset();
        SERVICES.answer("GET /api/v1/dead-letters", 200, "{\"consumers\":[],\"items\":[]}");
        SERVICES.holdUntilTogether("GET /api/v1/dead-letters", 4);
        mvc.perform(get(YEAR + "overview").with(as("operations-viewer"))).andExpect(status().isOk());
        assertThat(SERVICES.arrivedTogether).hasSize(4).containsOnly(true);
        assertThat(SERVICES.received)
                .as("each call, whichever thread made it, carries the signed-in user's own token")
                .hasSizeGreaterThanOrEqualTo(14)
                .allMatch(request -> "Bearer access-token".equals(request.authorization()));
    }

    @Test
    void aRoleTheServicesRefuseSeesTheRefusalInWordsInsteadOfTheOverviewsFigures() throws Exception {
        SERVICES.answer(
                "GET " + API_YEAR + "/experience",
                403,
                "{\"title\":\"Forbidden\",\"status\":403,"
                        + "\"detail\":\"Only placement-officer, operations-viewer may do this.\"}");
        SERVICES.answer(
                "GET /api/v1/dead-letters",
                403,
                "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Only operations-viewer may see dead letters.\"}");

        var page = mvc.perform(get(YEAR + "overview").with(as("bursar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Experience requirement met")
                .contains("Not for your role: Only placement-officer, operations-viewer may do this.")
                .doesNotContain("id=\"experience-met\"")
                .doesNotContain("enrolled</p>");
        assertThat(page)
                .contains("Not for your role: Only operations-viewer may see dead letters.")
                .doesNotContain("id=\"dead-letters-admissions\"")
                .doesNotContain("id=\"dead-letters-placement\"");
    }

    @Test
    void thePlacementPageShowsEachStudentsExperienceAgainstTheRequirement() throws Exception {
        SERVICES.answer(
                "GET " + API_YEAR + "/experience",
                200,
                "{\"programme\":\"M2-ISD\",\"academicYear\":\"2026-2027\",\"requiredMonths\":6.00,\"met\":12,"
                        + "\"notMet\":3,\"page\":0,\"size\":25,\"hasNext\":true,\"items\":["
                        + "{\"studentId\":\"s00007\",\"validatedMonths\":1.52,\"requiredMonths\":6.00,\"met\":false,"
                        + "\"monthsMissing\":4.48},"
                        + "{\"studentId\":\"s00001\",\"validatedMonths\":7.00,\"requiredMonths\":6.00,\"met\":true,"
                        + "\"monthsMissing\":0.00}]}");

        var page = mvc.perform(get(YEAR + "placement").with(as("placement-officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Experience against the requirement")
                .contains("id=\"experience-required\">6.00 months<")
                .contains("id=\"experience-met\">12<")
                .contains("id=\"experience-not-met\">3<");
        assertThat(page)
                .as("each student's line, linked to their file")
                .contains("href=\"/students/s00007\"")
                .contains(">1.52<")
                .contains(">4.48<")
                .contains(">not yet<")
                .contains("href=\"/students/s00001\"")
                .contains(">7.00<")
                .contains(">met<");
        assertThat(page).contains("placement?page=1").contains("Next page");

        var viewer = mvc.perform(get(YEAR + "placement").with(as("operations-viewer")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(viewer)
                .as("the operations viewer opens no student file, so no link to one")
                .contains(">s00007<")
                .doesNotContain("href=\"/students/s00007\"");
    }

    @Test
    void anApplicationShowsEveryPartOfTheViewAndTheOfficersActions() throws Exception {
        SERVICES.answer(
                "GET /api/v1/applications/s00002",
                200,
                "{\"studentId\":\"s00002\",\"status\":\"ENROLLED\",\"exam\":{\"writtenMark\":14.5,"
                        + "\"interviewMark\":null,\"outOf\":20},\"streams\":[\"RESEARCH\",\"PROFESSIONAL\"],"
                        + "\"history\":[{\"status\":\"SUBMITTED\",\"at\":\"2026-03-01T10:00:00Z\"}],"
                        + "\"empty\":[],\"nothing\":null}");

        var page = mvc.perform(get("/applications/s00002").with(as("admissions-officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("<h1>Application of <span>s00002</span></h1>")
                .contains("ENROLLED")
                .contains("14.5")
                .contains("RESEARCH, PROFESSIONAL")
                .contains("2026-03-01T10:00:00Z")
                .contains("Record a withdrawal")
                .contains("Override eligibility");
    }

    @Test
    void aStudentSeesOnlyTheirOwnFile() throws Exception {
        mvc.perform(get("/").with(as("student", "s00001"))).andExpect(redirectedUrl("/students/s00001"));
        mvc.perform(get("/students/s00001").with(as("student", "s00001"))).andExpect(status().isOk());
        mvc.perform(get("/students/s00002").with(as("student", "s00001"))).andExpect(status().isForbidden());
        mvc.perform(get(YEAR + "overview").with(as("student", "s00001"))).andExpect(status().isForbidden());
        mvc.perform(get("/students/s00001").with(as("operations-viewer"))).andExpect(status().isForbidden());
    }

    @Test
    void theRegistrarRecordsACourseGradeFromTheTranscriptPageAndNoOtherRoleMay() throws Exception {
        SERVICES.answer(
                "GET /api/v1/transcripts/s00004",
                200,
                "{\"studentId\":\"s00004\",\"status\":\"OPEN\",\"ectsEarned\":12,\"courses\":[]}");
        SERVICES.answer("POST /api/v1/transcripts/s00004/grades", 201, "{\"studentId\":\"s00004\"}");

        var page = mvc.perform(get("/transcripts/s00004").with(as("registrar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<h1>Transcript of").contains("Record a course grade");
        assertThat(mvc.perform(get("/students/s00004").with(as("registrar")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the student file leads the registrar to the action")
                .contains("href=\"/transcripts/s00004\"")
                .doesNotContain("href=\"/placements/s00004\"");

        mvc.perform(post("/transcripts/s00004/grades")
                        .param("courseCode", " CC-01 ")
                        .param("session", "RESIT")
                        .param("mark", "12.50")
                        .with(as("registrar"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/transcripts/s00004"))
                .andExpect(flash().attribute(
                                "outcome",
                                new ActionOutcome("done", "Record the grade: done.", java.util.Optional.empty())));
        var sent = SERVICES.received.stream()
                .filter(call -> call.method().equals("POST"))
                .toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).authorization()).isEqualTo("Bearer access-token");
        assertThat(sent.get(0).body())
                .contains("\"courseCode\":\"CC-01\"")
                .contains("\"session\":\"RESIT\"")
                .contains("\"mark\":12.50");

        for (var role : List.of("bursar", "placement-officer", "operations-viewer", "admissions-officer")) {
            mvc.perform(get("/transcripts/s00004").with(as(role))).andExpect(status().isForbidden());
            mvc.perform(post("/transcripts/s00004/grades")
                            .param("courseCode", "CC-01")
                            .param("session", "FIRST")
                            .param("mark", "12")
                            .with(as(role))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(SERVICES.received.stream().filter(call -> call.method().equals("POST")))
                .as("a refused role's action never reaches the service")
                .hasSize(1);
    }

    @Test
    void thePlacementOfficerValidatesOneOfTheStudentsOwnPlacementsAndSeesARefusalInWords() throws Exception {
        SERVICES.answer(
                "GET /api/v1/students/s00005/placements",
                200,
                "{\"studentId\":\"s00005\",\"placements\":[{\"placementId\":\"pl-7\",\"kind\":\"INTERNSHIP\","
                        + "\"status\":\"ENDED\"}]}");
        SERVICES.answer(
                "POST /api/v1/students/s00005/placements/pl-7/validation",
                409,
                "{\"title\":\"Conflict\",\"detail\":\"The placement is already validated.\","
                        + "\"rule\":\"placement-already-validated\"}");

        var page = mvc.perform(get("/placements/s00005").with(as("placement-officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .as("the choice offers the student's own placements")
                .contains("<option value=\"pl-7\">pl-7</option>");

        mvc.perform(post("/placements/s00005/validation")
                        .param("placementId", "pl-7")
                        .param("evaluationMark", "15")
                        .with(as("placement-officer"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/placements/s00005"))
                .andExpect(flash().attribute(
                                "outcome",
                                new ActionOutcome(
                                        "refused",
                                        "Validate the placement: Refused by rule placement-already-validated: The"
                                                + " placement is already validated.",
                                        java.util.Optional.empty())));
        assertThat(SERVICES.received.stream()
                        .filter(call -> call.method().equals("POST"))
                        .map(StubServices.Received::body))
                .containsExactly("{\"evaluationMark\":15}");

        mvc.perform(get("/placements/s00005").with(as("registrar"))).andExpect(status().isForbidden());
    }

    @Test
    void theOperationsEngineerReplaysAConsumersOpenDeadLettersFromTheSystemPageAndTheViewerMayNot() throws Exception {
        SERVICES.answer("GET /api/v1/dead-letters", 200, """
                {"consumers":["x-service"],"items":[
                 {"consumer":"x-service","id":"0-1","sourceTopic":"a.events","reasonType":"SerializationException",
                  "replayed":false},
                 {"consumer":"x-service","id":"0-2","sourceTopic":"b.events","reasonType":"SerializationException",
                  "replayed":true}]}
                """);
        SERVICES.answer(
                "POST /api/v1/dead-letters/x-service/replay",
                202,
                "{\"replayed\":[{\"id\":\"0-1\",\"topic\":\"x-service-replay-a.events\",\"partition\":0,"
                        + "\"offset\":3}],\"skippedAsReplayedBefore\":0}");

        var page = mvc.perform(get("/system").with(as("operations-engineer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .as("a replay button per consumer, topic and reason with open dead letters, none for replayed ones")
                .contains("Replay the 1 open of x-service from a.events (SerializationException)")
                .doesNotContain("from b.events (");
        var viewerPage = mvc.perform(get("/system").with(as("operations-viewer")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(viewerPage).doesNotContain("Replay the");

        mvc.perform(post("/system/dead-letters/replay")
                        .param("service", "BILLING")
                        .param("consumer", "x-service")
                        .param("sourceTopic", "a.events")
                        .param("reason", "SerializationException")
                        .with(as("operations-engineer"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/system"))
                .andExpect(flash().attribute(
                                "outcome",
                                new ActionOutcome(
                                        "done",
                                        "Replay: 1 dead letter of x-service from a.events sent back to it (Billing).",
                                        java.util.Optional.empty())));
        var replays = SERVICES.received.stream()
                .filter(call -> call.method().equals("POST"))
                .toList();
        assertThat(replays).hasSize(1);
        assertThat(replays.get(0).query()).isEqualTo("sourceTopic=a.events&reason=SerializationException");
        assertThat(replays.get(0).authorization()).isEqualTo("Bearer access-token");

        mvc.perform(post("/system/dead-letters/replay")
                        .param("service", "BILLING")
                        .param("consumer", "x-service")
                        .param("sourceTopic", "a.events")
                        .param("reason", "SerializationException")
                        .with(as("operations-viewer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(SERVICES.received.stream().filter(call -> call.method().equals("POST")))
                .as("the viewer's replay never reaches the service")
                .hasSize(1);
    }

    @Test
    void aRefusedActionNamesTheRuleOfTheProblem() throws Exception {
        SERVICES.answer(
                "POST /api/v1/accounts/s00001/refunds",
                422,
                "{\"title\":\"Breaks a business rule\",\"detail\":\"Only 0.00 of credit to refund.\","
                        + "\"rule\":\"refund-exceeds-credit\"}");

        mvc.perform(post("/accounts/s00001/refunds")
                        .param("reference", "R-1")
                        .param("amount", "50.00")
                        .param("payee", "STUDENT")
                        .with(as("bursar"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounts/s00001"))
                .andExpect(flash().attribute(
                                "outcome",
                                new ActionOutcome(
                                        "refused",
                                        "Refund credit: Refused by rule refund-exceeds-credit: Only 0.00 of credit"
                                                + " to refund.",
                                        java.util.Optional.empty())));
        assertThat(SERVICES.received.get(0).body())
                .contains("\"reference\":\"R-1\"")
                .contains("\"amount\":50.00")
                .contains("\"payee\":\"STUDENT\"");
    }

    @Test
    void anAcceptedCommandIsPendingUntilItsOutcomeArrives() throws Exception {
        SERVICES.answer(
                "POST /api/v1/applications/s00001/withdrawal",
                202,
                "{\"commandId\":\"c-1\",\"status\":\"PENDING\",\"location\":\"/api/v1/commands/c-1\"}");

        mvc.perform(post("/applications/s00001/withdrawal")
                        .param("reason", "Moved abroad")
                        .with(as("admissions-officer"))
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "outcome",
                                new ActionOutcome(
                                        "pending",
                                        "Record the withdrawal: pending — Admissions accepted it and is still"
                                                + " deciding.",
                                        java.util.Optional.of("/outcomes/admissions/c-1"))));

        var pending = mvc.perform(get("/outcomes/admissions/c-1").with(as("admissions-officer")))
                .andExpect(header().doesNotExist("HX-Trigger"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pending)
                .contains("Pending")
                .as("the page asks for the outcome again every two seconds and replaces it in place")
                .contains("hx-get=\"/outcomes/admissions/c-1\"")
                .contains("hx-trigger=\"every 2s\"")
                .containsPattern("<script src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\" defer></script>");
        var polled = mvc.perform(get("/outcomes/admissions/c-1")
                        .header("HX-Request", "true")
                        .with(as("admissions-officer")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(polled)
                .as("htmx's poll gets the outcome alone, not a whole page")
                .contains("id=\"outcome\"")
                .contains("Pending")
                .doesNotContain("<html")
                .doesNotContain("Sign out");

        SERVICES.answer(
                "GET /api/v1/commands/c-1",
                200,
                "{\"commandId\":\"c-1\",\"status\":\"REJECTED\",\"rejection\":{\"rule\":\"already-withdrawn\","
                        + "\"detail\":\"The application is already withdrawn.\"}}");
        var decided = mvc.perform(get("/outcomes/admissions/c-1")
                        .header("HX-Request", "true")
                        .with(as("admissions-officer")))
                .andExpect(header().string("HX-Trigger", "outcome-decided"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(decided)
                .contains("Refused by rule already-withdrawn: The application is already withdrawn.")
                .as("a decided outcome stops asking")
                .doesNotContain("hx-trigger");
    }

    @Test
    void theApplicationFetchesItsViewAgainOnceAnOutcomeIsDecided() throws Exception {
        SERVICES.answer("GET /api/v1/applications/s00001", 200, "{\"studentId\":\"s00001\",\"status\":\"GRADED\"}");

        var page = mvc.perform(get("/applications/s00001").with(as("admissions-officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .containsPattern("<div id=\"application-view\"[^>]* hx-trigger=\"outcome-decided from:body\"")
                .containsPattern("<div id=\"application-view\"[^>]* hx-select=\"#application\"")
                .containsPattern("<div id=\"application-view\"[^>]* hx-get=\"/applications/s00001\"");
    }

    @Test
    void thePipelinesFilterAndPagesReplaceOnlyThePipelineAndKeepTheChoiceInTheUrl() throws Exception {
        SERVICES.answer(
                "GET /api/v1/programmes/M2-ISD/years/2026-2027/applications",
                200,
                "{\"applications\":[{\"studentId\":\"s00026\",\"status\":\"ADMITTED\"}],\"hasNext\":true}");

        var page = mvc.perform(get("/programmes/M2-ISD/years/2026-2027/admissions?status=ADMITTED&page=1")
                        .with(as("admissions-officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("s00026")
                .contains("hx-target=\"#pipeline-area\"")
                .contains("hx-push-url=\"true\"")
                .contains("href=\"/programmes/M2-ISD/years/2026-2027/admissions?status=ADMITTED&amp;page=2\"")
                .contains("href=\"/programmes/M2-ISD/years/2026-2027/admissions?status=ADMITTED&amp;page=0\"");
    }

    @Test
    void htmxIsServedFromTheConsoleItself() throws Exception {
        var script = mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js").with(as("bursar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(script).contains("htmx");
    }
}
