package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.application.ApplicationRules.WITHDRAWAL_REASON_REQUIRED;

import edu.lifecycle.admissions.application.ApplicationCommand.Withdraw;
import edu.lifecycle.admissions.application.ApplicationEvent.EnrollmentWithdrawn;
import edu.lifecycle.servicekit.decision.Decision;

/** An applicant or student leaves, at any stage, once; a seat they held goes back to the intake. */
final class WithdrawingApplication {

    private WithdrawingApplication() {}

    static Decision<ApplicationEvent> decide(Application application, Withdraw command) {
        if (command.reason().isBlank()) {
            return Decision.ruleBroken(WITHDRAWAL_REASON_REQUIRED, "A withdrawal needs a reason.");
        }
        return Decision.accept(new EnrollmentWithdrawn(
                command.studentId(),
                command.issuedAt(),
                application.programmeId(),
                application.academicYear(),
                command.reason().strip(),
                application.holdsSeat(),
                application.status() == ApplicationStatus.WAITLISTED,
                command.staffId()));
    }
}
