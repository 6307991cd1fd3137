package edu.lifecycle.servicekit.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who sent the request, from their token.
 *
 * @param subject the token's {@code sub}
 * @param username the token's {@code preferred_username}, or {@code null}
 * @param studentIdClaim the token's {@code student_id}, or {@code null}: on a student's token only
 * @param roles the roles the token carries
 */
public record Caller(String subject, String username, String studentIdClaim, Set<String> roles) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
    }

    /** The id recorded for a human decision: {@code preferred_username}, else {@code sub}; never a name or e-mail. */
    public String staffId() {
        return username != null && !username.isBlank() ? username : subject;
    }

    /** The student the token speaks for, on a student's token. */
    public Optional<String> studentId() {
        return Optional.ofNullable(studentIdClaim).filter(id -> !id.isBlank());
    }

    public boolean isStudent() {
        return hasRole(Roles.STUDENT);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
