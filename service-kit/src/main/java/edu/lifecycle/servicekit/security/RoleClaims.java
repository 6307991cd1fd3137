package edu.lifecycle.servicekit.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token's roles, read from a plain {@code roles} claim (Spring Authorization Server) and from Keycloak's
 * {@code realm_access.roles}, both united: either provider works with no code change (ADR 12).
 */
public final class RoleClaims implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String ROLES = "roles";
    public static final String REALM_ACCESS = "realm_access";

    /** The roles of {@code jwt}, as written in the token. */
    public static Set<String> roles(Jwt jwt) {
        Set<String> roles = new LinkedHashSet<>(strings(jwt.getClaims().get(ROLES)));
        if (jwt.getClaims().get(REALM_ACCESS) instanceof Map<?, ?> realm) {
            roles.addAll(strings(realm.get(ROLES)));
        }
        return roles;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return roles(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(Roles.authority(role)))
                .toList();
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        }
        // A single role written as a string, as some providers do for a one-element list.
        return claim instanceof String single ? List.of(single) : List.of();
    }
}
