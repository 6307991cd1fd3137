package edu.lifecycle.testing.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may call one operation, as a test expects it (written from the roles table, not read from the service's rules).
 *
 * @param roles the roles that may, besides a student
 * @param student what a student may do here
 * @param open whether anyone may, without a token
 */
public record Access(Set<String> roles, Student student, boolean open) {

    /** What a student token may do on an operation. */
    public enum Student {
        /** Nothing: 403 whatever the id. */
        NONE,
        /** Their own {@code {studentId}} in the path; another student's id answers 404, as if it did not exist. */
        OWN_ID_IN_PATH,
        /** Their own student id in the body; another student's id answers 403. */
        OWN_ID_IN_BODY,
        /** Resources of their own only, found by another key (a command id); another student's answer 404. */
        OWN_RESOURCES_ONLY
    }

    public Access {
        roles = Set.copyOf(roles);
    }

    /** Callers holding one of {@code roles}; a student may not. */
    public static Access roles(String... roles) {
        return new Access(new LinkedHashSet<>(List.of(roles)), Student.NONE, false);
    }

    /** Anyone, even without a token. */
    public static Access anyone() {
        return new Access(Set.of(), Student.NONE, true);
    }

    /** The same roles, and a student on their own id in the path (another's: 404). */
    public Access andOwnStudentInPath() {
        return new Access(roles, Student.OWN_ID_IN_PATH, open);
    }

    /** The same roles, and a student naming their own id in the body (another's: 403). */
    public Access andOwnStudentInBody() {
        return new Access(roles, Student.OWN_ID_IN_BODY, open);
    }

    /** The same roles, and a student on resources of their own only (another's: 404). */
    public Access andStudentOnOwnResources() {
        return new Access(roles, Student.OWN_RESOURCES_ONLY, open);
    }

    boolean allows(String role) {
        return open || roles.contains(role);
    }
}
