package edu.lifecycle.servicekit.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The caller of the request being handled, for controllers and the kit. */
public final class Callers {

    public static final String STUDENT_ID_CLAIM = "student_id";
    public static final String USERNAME_CLAIM = "preferred_username";

    /** Set by the access rules when a request got in only as a student: the student id it may see. */
    static final String ADMITTED_STUDENT = Callers.class.getName() + ".admittedStudent";

    private Callers() {}

    /** The caller, when the request carried a valid token. */
    public static Optional<Caller> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(of(token.getToken()));
        }
        return Optional.empty();
    }

    /** The caller; only for code behind an access rule that needs a token. */
    public static Caller current() {
        return find().orElseThrow(() -> new IllegalStateException("No authenticated caller on this thread"));
    }

    public static Caller of(Jwt jwt) {
        return new Caller(
                jwt.getSubject() == null ? "" : jwt.getSubject(),
                jwt.getClaimAsString(USERNAME_CLAIM),
                jwt.getClaimAsString(STUDENT_ID_CLAIM),
                RoleClaims.roles(jwt));
    }

    /**
     * The student id this request may see, when it got in only as a student (by a rule that leaves the check to the
     * endpoint); empty when a role admitted it. An endpoint answering for any student filters to this id.
     */
    public static Optional<String> admittedStudent() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((String) attributes.getAttribute(ADMITTED_STUDENT, RequestAttributes.SCOPE_REQUEST));
    }

    /**
     * Refuses (403) a request that got in only as a student and acts on another student than the token's, e.g. a
     * student submitting an application under someone else's id. A request admitted by a role passes.
     */
    public static void requireOwnStudent(String studentId) {
        admittedStudent().ifPresent(own -> {
            if (!own.equals(studentId)) {
                throw new NotOwnStudentException();
            }
        });
    }
}
