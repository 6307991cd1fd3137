package edu.lifecycle.identity;

import java.util.List;
import java.util.Optional;

/**
 * A demo user of the embedded provider.
 *
 * @param username also the token's {@code sub} and {@code preferred_username}
 * @param roles the {@code roles} claim of the user's tokens
 * @param studentId the {@code student_id} claim, for a student only
 */
public record DemoUser(String username, List<String> roles, Optional<String> studentId) {

    public DemoUser {
        roles = List.copyOf(roles);
    }

    static DemoUser staff(String role) {
        return new DemoUser(role, List.of(role), Optional.empty());
    }

    static DemoUser student(String username, String studentId) {
        return new DemoUser(username, List.of(Roles.STUDENT), Optional.of(studentId));
    }
}
