package edu.lifecycle.servicekit.security;

import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may send one kind of request.
 *
 * @param method the request's method; {@code null} for any
 * @param pattern the path, in Spring's {@link PathPattern} syntax ({@code /api/v1/accounts/{studentId}})
 * @param roles the roles admitted
 * @param students whether, and how, a student without those roles is admitted
 */
public record AccessRule(HttpMethod method, String pattern, Set<String> roles, Students students) {

    /** The path variable an own-student rule compares with the token's {@code student_id}. */
    public static final String STUDENT_ID_VARIABLE = "studentId";

    /** How a rule treats a token whose only way in is the {@code student} role. */
    public enum Students {
        /** Not admitted: 403. */
        NONE,
        /** Admitted on their own {@code {studentId}} only; on another id the answer is 404, so nothing is disclosed. */
        OWN_ID_IN_PATH,
        /** Admitted; the endpoint checks ({@link Callers#requireOwnStudent}, {@link Callers#admittedStudent}). */
        CHECKED_BY_ENDPOINT,
        /** Anyone, without a token: public descriptions and health status. */
        ANONYMOUS
    }

    public AccessRule {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(students, "students");
        roles = Set.copyOf(roles);
        if (students == Students.OWN_ID_IN_PATH && !pattern.contains("{" + STUDENT_ID_VARIABLE + "}")) {
            throw new IllegalArgumentException(
                    "An own-student rule needs {" + STUDENT_ID_VARIABLE + "} in its path: " + pattern);
        }
        if (roles.isEmpty() && students == Students.NONE) {
            throw new IllegalArgumentException("A rule admitting nobody is no rule: " + method + " " + pattern);
        }
    }

    PathPattern parsed() {
        return PathPatternParser.defaultInstance.parse(pattern);
    }

    @Override
    public String toString() {
        return (method == null ? "*" : method.name()) + " " + pattern + " " + roles + " students=" + students;
    }
}
