package edu.lifecycle.console.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in: their name, their roles and, for a student, their student id.
 *
 * @param studentId the {@code student_id} claim, for a student only
 */
public record SignedInUser(String name, Set<Role> roles, Optional<String> studentId) {

    public SignedInUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static SignedInUser of(Authentication authentication) {
        var roles = rolesOf(authentication.getAuthorities());
        Optional<String> studentId = Optional.empty();
        String name = authentication.getName();
        if (authentication.getPrincipal() instanceof OidcUser user) {
            studentId = Optional.ofNullable(user.getClaimAsString("student_id"));
            name = Optional.ofNullable(user.getPreferredUsername()).orElse(name);
        }
        return new SignedInUser(name, roles, studentId);
    }

    static Set<Role> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        var roles = EnumSet.noneOf(Role.class);
        for (var authority : authorities) {
            Arrays.stream(Role.values())
                    .filter(role -> role.authority().equals(authority.getAuthority()))
                    .forEach(roles::add);
        }
        return roles;
    }

    /** The pages in the menu: those the roles open. */
    public List<Page> menu() {
        return Arrays.stream(Page.values()).filter(page -> page.openTo(roles)).toList();
    }

    public boolean may(Page page) {
        return page.openTo(roles);
    }

    public boolean may(Action action) {
        return action.allowedTo(roles);
    }

    /** Staff may open any student's file their page allows; a student only their own. */
    public boolean mayOpenFileOf(String student) {
        if (!may(Page.STUDENT_FILE)) {
            return false;
        }
        boolean staff = roles.stream().anyMatch(role -> role != Role.STUDENT);
        return staff || studentId.filter(student::equals).isPresent();
    }

    public boolean isStudentOnly() {
        return roles.equals(EnumSet.of(Role.STUDENT));
    }

    /** Whether the user may run the action of that name ({@link Action}), for the templates. */
    public boolean mayAct(String action) {
        return may(Action.valueOf(action));
    }

    /** Where a menu entry leads, the programme-year pages within {@code yearPath}; none for staff's student page. */
    public String href(Page page, String yearPath) {
        return switch (page) {
            case SYSTEM -> "/system";
            case STUDENT_FILE ->
                isStudentOnly() ? studentId.map(id -> "/students/" + id).orElse(null) : null;
            default -> yearPath + page.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Staff who may open any student's file find one by id. */
    public boolean findsStudents() {
        return may(Page.STUDENT_FILE) && !isStudentOnly();
    }

    public String rolesText() {
        return String.join(", ", roles.stream().map(Role::claim).toList());
    }
}
