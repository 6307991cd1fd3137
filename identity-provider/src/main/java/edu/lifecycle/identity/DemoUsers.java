package edu.lifecycle.identity;

import java.util.List;
import java.util.Optional;

/** One demo user per staff role (username = role name) and two students of the demo cohort. */
public final class DemoUsers {
    public static final String STUDENT = "student";
    public static final String STUDENT2 = "student2";
    /** The demo cohort's first student, whom {@link #STUDENT} is. */
    public static final String STUDENT_ID = "s00001";
    /** The demo cohort's second student, whom {@link #STUDENT2} is. */
    public static final String STUDENT2_ID = "s00002";

    public static final List<DemoUser> ALL = List.of(
            DemoUser.staff(Roles.ADMISSIONS_OFFICER),
            DemoUser.staff(Roles.BURSAR),
            DemoUser.staff(Roles.REGISTRAR),
            DemoUser.staff(Roles.PLACEMENT_OFFICER),
            DemoUser.staff(Roles.OPERATIONS_VIEWER),
            DemoUser.staff(Roles.OPERATIONS_ENGINEER),
            DemoUser.staff(Roles.PRIVACY_OFFICER),
            DemoUser.student(STUDENT, STUDENT_ID),
            DemoUser.student(STUDENT2, STUDENT2_ID));

    public static Optional<DemoUser> find(String username) {
        return ALL.stream().filter(user -> user.username().equals(username)).findFirst();
    }

    private DemoUsers() {}
}
