package edu.lifecycle.console.services;

/** The four services the console calls. */
public enum Service {
    ADMISSIONS,
    BILLING,
    CURRICULUM,
    PLACEMENT;

    public String title() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
