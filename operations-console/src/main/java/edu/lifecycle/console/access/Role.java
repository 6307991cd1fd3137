package edu.lifecycle.console.access;

/** The roles of the token contract the console knows, as the {@code roles} claim names them. */
public enum Role {
    ADMISSIONS_OFFICER("admissions-officer"),
    BURSAR("bursar"),
    REGISTRAR("registrar"),
    PLACEMENT_OFFICER("placement-officer"),
    OPERATIONS_VIEWER("operations-viewer"),
    /** Replays and purges dead letters and audits read models (through {@code ./run.sh ops}); sees the system page. */
    OPERATIONS_ENGINEER("operations-engineer"),
    PRIVACY_OFFICER("privacy-officer"),
    STUDENT("student");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    /** The Spring Security authority the console grants for it. */
    public String authority() {
        return "ROLE_" + claim;
    }
}
