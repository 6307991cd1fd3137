package edu.lifecycle.identity;

import java.util.List;

/** The eight roles of the token contract (ADR 12), as they appear in the {@code roles} claim. */
public final class Roles {
    public static final String ADMISSIONS_OFFICER = "admissions-officer";
    public static final String BURSAR = "bursar";
    public static final String REGISTRAR = "registrar";
    public static final String PLACEMENT_OFFICER = "placement-officer";
    public static final String OPERATIONS_VIEWER = "operations-viewer";
    /** Replays and purges dead letters and runs the read-model audit: the operations that change or load the system. */
    public static final String OPERATIONS_ENGINEER = "operations-engineer";

    public static final String PRIVACY_OFFICER = "privacy-officer";
    public static final String STUDENT = "student";

    /**
     * The staff roles a machine integration acts with: every role that runs the lifecycle, not erasure and not the
     * operations engineer's replays, purges and audits.
     */
    public static final List<String> INTEGRATION =
            List.of(ADMISSIONS_OFFICER, BURSAR, REGISTRAR, PLACEMENT_OFFICER, OPERATIONS_VIEWER);

    public static final List<String> ALL = List.of(
            ADMISSIONS_OFFICER,
            BURSAR,
            REGISTRAR,
            PLACEMENT_OFFICER,
            OPERATIONS_VIEWER,
            OPERATIONS_ENGINEER,
            PRIVACY_OFFICER,
            STUDENT);

    private Roles() {}
}
