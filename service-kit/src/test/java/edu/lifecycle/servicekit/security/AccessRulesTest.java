package edu.lifecycle.servicekit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class AccessRulesTest {

    private final AccessRules rules = AccessRules.forService(Roles.BURSAR)
            .ownStudent(GET, "/api/v1/accounts/{studentId}", Roles.BURSAR)
            .allow(GET, "/api/v1/accounts/{studentId}/statement", Roles.BURSAR, Roles.OPERATIONS_VIEWER)
            .allow(POST, "/api/v1/accounts/{studentId}/payments", Roles.BURSAR)
            .build();

    @Test
    void theMostSpecificPathDecidesWhateverTheOrderOfDeclaration() {
        var wide = AccessRules.forService(Roles.BURSAR)
                .allow(GET, "/api/v1/accounts/**", Roles.BURSAR)
                .allow(GET, "/api/v1/accounts/{studentId}/statement", Roles.OPERATIONS_VIEWER)
                .build();

        assertThat(wide.decide(get("/api/v1/accounts/STU-1/statement"), staff(Roles.OPERATIONS_VIEWER))
                        .isGranted())
                .isTrue();
        assertThat(wide.decide(get("/api/v1/accounts/STU-1/statement"), staff(Roles.BURSAR))
                        .isGranted())
                .isFalse();
    }

    @Test
    void theMethodIsPartOfTheRule() {
        var request = new MockHttpServletRequest("DELETE", "/api/v1/accounts/STU-1/payments");

        assertThat(rules.decide(request, staff(Roles.BURSAR)).refusal()).isEqualTo(AccessDecision.Refusal.NO_RULE);
    }

    @Test
    void aStudentOnTheirOwnIdIsAdmittedAndNotedOnTheRequest() {
        var request = get("/api/v1/accounts/STU-1");

        assertThat(rules.decide(request, student("STU-1")).isGranted()).isTrue();
        assertThat(request.getAttribute(Callers.ADMITTED_STUDENT)).isEqualTo("STU-1");
    }

    @Test
    void aStudentOnAnotherIdIsNotToldItExists() {
        assertThat(rules.decide(get("/api/v1/accounts/STU-2"), student("STU-1")).refusal())
                .isEqualTo(AccessDecision.Refusal.NOT_DISCLOSED);
    }

    @Test
    void aStaffRoleIsNotNotedAsAStudent() {
        var request = get("/api/v1/accounts/STU-2");

        assertThat(rules.decide(request, staff(Roles.BURSAR)).isGranted()).isTrue();
        assertThat(request.getAttribute(Callers.ADMITTED_STUDENT)).isNull();
    }

    @Test
    void anAnonymousCallerIsRefusedByEveryRuleButTheAnonymousOnes() {
        Authentication anonymous = new AnonymousAuthenticationToken(
                "k", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(rules.decide(get("/api/v1/accounts/STU-1"), anonymous).isGranted())
                .isFalse();
        assertThat(rules.decide(get("/actuator/health/readiness"), anonymous).isGranted())
                .isTrue();
        assertThat(rules.decide(get("/actuator/prometheus"), anonymous).isGranted())
                .isFalse();
    }

    @Test
    void everyServiceGetsTheKitsRulesForItsStaffRole() {
        assertThat(rules.decide(get("/api/v1/policy-rejections"), staff(Roles.BURSAR))
                        .isGranted())
                .isTrue();
        assertThat(rules.decide(get("/api/v1/policy-rejections"), staff(Roles.REGISTRAR))
                        .isGranted())
                .isFalse();
        assertThat(rules.decide(get("/api/v1/commands/c-1"), student("STU-1")).isGranted())
                .isTrue();
    }

    @Test
    void deadLettersAreReadByBothOperationsRolesAndNoOfficeNorStudent() {
        for (var request : List.of(get("/api/v1/dead-letters"), get("/api/v1/dead-letters/billing-service/0-4"))) {
            String what = request.getMethod() + " " + request.getRequestURI();
            assertThat(rules.decide(request, staff(Roles.OPERATIONS_VIEWER)).isGranted())
                    .as(what)
                    .isTrue();
            assertThat(rules.decide(request, staff(Roles.OPERATIONS_ENGINEER)).isGranted())
                    .as("an engineer sees what it replays or purges, " + what)
                    .isTrue();
            assertThat(rules.decide(request, staff(Roles.BURSAR)).isGranted())
                    .as("a dead letter can hold any student's data: not the office's, " + what)
                    .isFalse();
            assertThat(rules.decide(request, student("STU-1")).isGranted())
                    .as(what)
                    .isFalse();
        }
    }

    @Test
    void replayPurgeAndTheReadModelAuditAreTheOperationsEngineersAlone() {
        for (var request : List.of(
                request("POST", "/api/v1/dead-letters/billing-service/0-4/replay"),
                request("POST", "/api/v1/dead-letters/billing-service/replay"),
                request("DELETE", "/api/v1/dead-letters/billing-service"),
                request("POST", "/api/v1/read-model-audit"))) {
            String what = request.getMethod() + " " + request.getRequestURI();
            assertThat(rules.decide(request, staff(Roles.OPERATIONS_ENGINEER)).isGranted())
                    .as(what)
                    .isTrue();
            var viewer = rules.decide(request, staff(Roles.OPERATIONS_VIEWER));
            assertThat(viewer.isGranted())
                    .as("the viewer changes nothing: " + what)
                    .isFalse();
            assertThat(viewer.roles()).as(what).containsExactly(Roles.OPERATIONS_ENGINEER);
            assertThat(rules.decide(request, staff(Roles.BURSAR)).isGranted())
                    .as(what)
                    .isFalse();
            assertThat(rules.decide(request, student("STU-1")).isGranted())
                    .as(what)
                    .isFalse();
        }
    }

    @Test
    void theEngineerReadsTheActuatorButNoReadModelOfAnOffice() {
        assertThat(rules.decide(get("/actuator/prometheus"), staff(Roles.OPERATIONS_ENGINEER))
                        .isGranted())
                .isTrue();
        assertThat(rules.decide(get("/api/v1/accounts/STU-1/statement"), staff(Roles.OPERATIONS_ENGINEER))
                        .isGranted())
                .isFalse();
        assertThat(rules.decide(get("/api/v1/policy-rejections"), staff(Roles.OPERATIONS_ENGINEER))
                        .isGranted())
                .isFalse();
        assertThat(rules.decide(get("/api/v1/commands/c-1"), staff(Roles.OPERATIONS_ENGINEER))
                        .isGranted())
                .isFalse();
    }

    @Test
    void declaringOneRequestTwiceOrAnOwnStudentRuleWithoutAStudentIdIsAMistakeCaughtAtStart() {
        assertThatThrownBy(() -> AccessRules.forService(Roles.BURSAR)
                        .allow(GET, "/api/v1/x", Roles.BURSAR)
                        .allow(GET, "/api/v1/x", Roles.OPERATIONS_VIEWER)
                        .build())
                .hasMessageContaining("Two access rules");
        assertThatThrownBy(() -> AccessRules.forService(Roles.BURSAR)
                        .ownStudent(GET, "/api/v1/accounts/{id}", Roles.BURSAR)
                        .build())
                .hasMessageContaining("{studentId}");
        assertThatThrownBy(() -> AccessRules.forService(Roles.BURSAR)
                        .allow(GET, "/api/v1/policy-rejections", Roles.BURSAR)
                        .build())
                .hasMessageContaining("Two access rules");
    }

    private static MockHttpServletRequest request(String method, String path) {
        var request = get(path);
        request.setMethod(method);
        return request;
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    private static Authentication staff(String role) {
        return token(Map.of("sub", "staff-1", "roles", List.of(role)));
    }

    private static Authentication student(String studentId) {
        return token(Map.of("sub", "s-1", "roles", List.of(Roles.STUDENT), "student_id", studentId));
    }

    private static Authentication token(Map<String, Object> claims) {
        var jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .claims(c -> c.putAll(claims))
                .build();
        return new JwtAuthenticationToken(jwt, new RoleClaims().convert(jwt));
    }
}
