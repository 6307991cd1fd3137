package edu.lifecycle.console.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The roles of an access token: its {@code roles} claim (the embedded provider) and Keycloak's
 * {@code realm_access.roles}, united as the services read them (ADR 12). The console reads the access token because it
 * is what the services judge: Keycloak puts realm roles in the access token, not the ID token. The token came straight
 * from the provider's token endpoint at sign-in, so its payload is read without checking the signature again.
 */
final class AccessTokenRoles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AccessTokenRoles() {}

    static Set<String> of(String accessToken) {
        var roles = new LinkedHashSet<String>();
        var parts = accessToken.split("\\.");
        if (parts.length < 2) {
            return roles;
        }
        JsonNode claims;
        try {
            claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // an opaque token: no roles to read from it
            return roles;
        }
        claims.path("roles").forEach(role -> roles.add(role.asString()));
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asString()));
        return roles;
    }
}
