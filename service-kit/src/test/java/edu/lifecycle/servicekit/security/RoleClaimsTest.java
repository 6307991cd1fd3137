package edu.lifecycle.servicekit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RoleClaimsTest {

    @Test
    void rolesOfBothProvidersAreUnitedAsRoleAuthorities() {
        Jwt jwt = jwt(Map.of(
                "roles", List.of("bursar"), "realm_access", Map.of("roles", List.of("operations-viewer", "bursar"))));

        assertThat(new RoleClaims().convert(jwt).stream().map(GrantedAuthority::getAuthority))
                .containsExactlyInAnyOrder("ROLE_bursar", "ROLE_operations-viewer");
    }

    @Test
    void aTokenWithoutRolesHasNone() {
        assertThat(new RoleClaims().convert(jwt(Map.of("scope", "openid")))).isEmpty();
    }

    @Test
    void theCallerTakesTheStaffIdAndStudentIdFromTheirClaims() {
        Caller student = Callers.of(jwt(Map.of("roles", List.of("student"), "student_id", "STU-9")));

        assertThat(student.isStudent()).isTrue();
        assertThat(student.studentId()).hasValue("STU-9");
        assertThat(student.staffId()).isEqualTo("subject-1");
    }

    private static Jwt jwt(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("subject-1")
                .issuedAt(Instant.parse("2026-09-01T08:00:00Z"));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
