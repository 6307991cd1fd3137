package edu.lifecycle.servicekit.security;

import java.util.List;

/** The roles a token may carry (claim {@code roles} or Keycloak's {@code realm_access.roles}), ADR 12. */
public final class Roles {

    public static final String ADMISSIONS_OFFICER = "admissions-officer";
    public static final String BURSAR = "bursar";
    public static final String REGISTRAR = "registrar";
    public static final String PLACEMENT_OFFICER = "placement-officer";
    /**
     * Reads every cohort-level read model of every service, the dead letters, and the actuator (metrics, health
     * details); changes nothing.
     */
    public static final String OPERATIONS_VIEWER = "operations-viewer";
    /**
     * Changes or loads the running system through the kit's operations endpoints (replays and purges dead letters,
     * runs the read-model audit), and sees what it acts on: dead letters, health details, metrics. Not the services'
     * read models: an operator who also watches the cohorts holds {@link #OPERATIONS_VIEWER} too.
     */
    public static final String OPERATIONS_ENGINEER = "operations-engineer";

    public static final String PRIVACY_OFFICER = "privacy-officer";
    /** Reads their own resources and submits their own application; the token names them in {@code student_id}. */
    public static final String STUDENT = "student";

    public static final List<String> ALL = List.of(
            ADMISSIONS_OFFICER,
            BURSAR,
            REGISTRAR,
            PLACEMENT_OFFICER,
            OPERATIONS_VIEWER,
            OPERATIONS_ENGINEER,
            PRIVACY_OFFICER,
            STUDENT);

    /** Spring Security's authority for a role. */
    public static String authority(String role) {
        return "ROLE_" + role;
    }

    private Roles() {}
}
