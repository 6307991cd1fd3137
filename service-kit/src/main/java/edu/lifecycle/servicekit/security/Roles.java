package edu.lifecycle.servicekit.security;

import java.util.List;

/** The roles a token may carry (claim {@code roles} or Keycloak's {@code realm_access.roles}), ADR 12. */
public final class Roles {

    public static final String ADMISSIONS_OFFICER = "admissions-officer";
    public static final String BURSAR = "bursar";
    public static final String REGISTRAR = "registrar";
    public static final String PLACEMENT_OFFICER = "placement-officer";
    /** Reads every cohort-level read model of every service, and the actuator (metrics, health details). */
    public static final String OPERATIONS_VIEWER = "operations-viewer";

    public static final String PRIVACY_OFFICER = "privacy-officer";
    /** Reads their own resources and submits their own application; the token names them in {@code student_id}. */
    public static final String STUDENT = "student";

    public static final List<String> ALL = List.of(
            ADMISSIONS_OFFICER, BURSAR, REGISTRAR, PLACEMENT_OFFICER, OPERATIONS_VIEWER, PRIVACY_OFFICER, STUDENT);

    /** Spring Security's authority for a role. */
    public static String authority(String role) {
        return "ROLE_" + role;
    }

    private Roles() {}
}
