package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.application.ApplicationRules.OVERRIDE_AFTER_GRADING;
import static edu.lifecycle.admissions.application.ApplicationRules.OVERRIDE_OFFICER_REQUIRED;
import static edu.lifecycle.admissions.application.ApplicationRules.OVERRIDE_REASON_REQUIRED;

import edu.lifecycle.admissions.application.ApplicationCommand.OverrideEligibility;
import edu.lifecycle.admissions.application.ApplicationEvent.EligibilityOverridden;
import edu.lifecycle.servicekit.decision.Decision;

/** An officer's verdict replaces the automatic one, as long as the exam has not settled the matter. */
final class OverridingEligibility {

    private OverridingEligibility() {}

    static Decision<ApplicationEvent> decide(Application application, OverrideEligibility command) {
        if (application.selection().exam().isPresent()) {
            return Decision.conflict(
                    OVERRIDE_AFTER_GRADING, "Eligibility cannot change once the entrance exam is graded.");
        }
        if (command.reason().isBlank()) {
            return Decision.ruleBroken(OVERRIDE_REASON_REQUIRED, "An eligibility override needs a written reason.");
        }
        // The officer is whoever signed in and sent the command; a command nobody signed in sent names no one.
        var officer = command.staffId().map(String::strip).filter(id -> !id.isEmpty());
        if (officer.isEmpty()) {
            return Decision.ruleBroken(
                    OVERRIDE_OFFICER_REQUIRED, "An eligibility override needs the signed-in officer's staff id.");
        }
        return Decision.accept(new EligibilityOverridden(
                command.studentId(),
                command.issuedAt(),
                command.eligible(),
                command.reason().strip(),
                officer.get()));
    }
}
