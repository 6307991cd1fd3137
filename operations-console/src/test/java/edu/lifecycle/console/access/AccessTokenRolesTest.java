package edu.lifecycle.console.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AccessTokenRolesTest {

    private static String token(String claims) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void readsTheEmbeddedProvidersRolesClaimAndKeycloaksRealmRolesUnited() {
        assertThat(AccessTokenRoles.of(token("{\"roles\":[\"bursar\"]}"))).containsExactly("bursar");
        assertThat(AccessTokenRoles.of(token(
                        "{\"realm_access\":{\"roles\":[\"registrar\",\"offline_access\"]},\"roles\":[\"bursar\"]}")))
                .containsExactlyInAnyOrder("bursar", "registrar", "offline_access");
    }

    @Test
    void anOpaqueOrRolelessTokenGivesNoRole() {
        assertThat(AccessTokenRoles.of("opaque")).isEmpty();
        assertThat(AccessTokenRoles.of("a.%%%.c")).isEmpty();
        assertThat(AccessTokenRoles.of(token("{\"sub\":\"x\"}"))).isEmpty();
    }
}
