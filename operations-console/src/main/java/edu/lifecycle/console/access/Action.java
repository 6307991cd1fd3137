package edu.lifecycle.console.access;

import java.util.Collection;

/** The commands the console offers, each to the one role whose work it is, as the services' rules say. */
public enum Action {
    GRADE_EXAM(Role.ADMISSIONS_OFFICER),
    DECIDE(Role.ADMISSIONS_OFFICER),
    OVERRIDE_ELIGIBILITY(Role.ADMISSIONS_OFFICER),
    WITHDRAW(Role.ADMISSIONS_OFFICER),
    RECORD_PAYMENT(Role.BURSAR),
    CHOOSE_CASH_PLAN(Role.BURSAR),
    REFUND_CREDIT(Role.BURSAR),
    RECORD_GRADE(Role.REGISTRAR),
    VALIDATE_PLACEMENT(Role.PLACEMENT_OFFICER),
    REPLAY_DEAD_LETTERS(Role.OPERATIONS_ENGINEER);

    private final Role role;

    Action(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    public boolean allowedTo(Collection<Role> held) {
        return held.contains(role);
    }
}
