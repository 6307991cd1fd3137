package edu.lifecycle.console.access;

import static edu.lifecycle.console.access.Role.ADMISSIONS_OFFICER;
import static edu.lifecycle.console.access.Role.BURSAR;
import static edu.lifecycle.console.access.Role.OPERATIONS_ENGINEER;
import static edu.lifecycle.console.access.Role.OPERATIONS_VIEWER;
import static edu.lifecycle.console.access.Role.PLACEMENT_OFFICER;
import static edu.lifecycle.console.access.Role.REGISTRAR;
import static edu.lifecycle.console.access.Role.STUDENT;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The console's pages and the roles that may open each: the roles whose work the page is, and whose token the
 * services answer for it. Any other role gets 403, never an empty page.
 */
public enum Page {
    OVERVIEW("Overview", EnumSet.of(ADMISSIONS_OFFICER, BURSAR, REGISTRAR, PLACEMENT_OFFICER, OPERATIONS_VIEWER)),
    ADMISSIONS("Admissions", EnumSet.of(ADMISSIONS_OFFICER, OPERATIONS_VIEWER)),
    BILLING("Billing", EnumSet.of(BURSAR, OPERATIONS_VIEWER)),
    CURRICULUM("Curriculum", EnumSet.of(REGISTRAR, OPERATIONS_VIEWER)),
    PLACEMENT("Placement", EnumSet.of(PLACEMENT_OFFICER, OPERATIONS_VIEWER)),
    /** One person's data: the staff who work on a student's file, and the student; not the cohort viewer. */
    STUDENT_FILE("Student", EnumSet.of(ADMISSIONS_OFFICER, BURSAR, REGISTRAR, PLACEMENT_OFFICER, STUDENT)),
    /** Health, dead letters and policy rejections; the engineer who replays dead letters sees them too. */
    SYSTEM("System", EnumSet.of(OPERATIONS_VIEWER, OPERATIONS_ENGINEER));

    private final String title;
    private final Set<Role> roles;

    Page(String title, Set<Role> roles) {
        this.title = title;
        this.roles = roles;
    }

    public String title() {
        return title;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean openTo(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** The authorities that open this page, for the security filter. */
    public String[] authorities() {
        return roles.stream().map(Role::authority).toArray(String[]::new);
    }
}
