package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.application.ApplicationRules.ACADEMIC_YEAR_NOT_OPEN;
import static edu.lifecycle.admissions.application.ApplicationRules.DECISION_ALREADY_REQUESTED;
import static edu.lifecycle.admissions.application.ApplicationRules.DECISION_NOT_AWAITED;
import static edu.lifecycle.admissions.application.ApplicationRules.DECISION_REQUIRES_GRADING;
import static edu.lifecycle.admissions.application.ApplicationRules.PROMOTION_REQUIRES_WAITLIST;
import static edu.lifecycle.admissions.application.ApplicationRules.REJECTION_REASON_REQUIRED;

import edu.lifecycle.admissions.application.ApplicationCommand.PromoteFromWaitlist;
import edu.lifecycle.admissions.application.ApplicationCommand.RecordAdmissionDecision;
import edu.lifecycle.admissions.application.ApplicationCommand.RequestAdmissionDecision;
import edu.lifecycle.admissions.application.ApplicationEvent.AdmissionDecided;
import edu.lifecycle.admissions.application.ApplicationEvent.AdmissionDecisionRequested;
import edu.lifecycle.admissions.application.ApplicationEvent.WaitlistedApplicantPromoted;
import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;

/**
 * Admission in two steps: the jury requests a decision here, the programme-year intake makes the final call against
 * capacity and answers with {@link RecordAdmissionDecision}, and later perhaps {@link PromoteFromWaitlist}.
 */
final class DecidingAdmission {

    private final ProgrammeCatalog programmes;

    DecidingAdmission(ProgrammeCatalog programmes) {
        this.programmes = programmes;
    }

    Decision<ApplicationEvent> request(Application application, RequestAdmissionDecision command) {
        if (application.selection().admissionRequest().isPresent()) {
            return Decision.conflict(DECISION_ALREADY_REQUESTED, "An admission decision was already requested.");
        }
        var exam = application.selection().exam();
        if (exam.isEmpty()) {
            return Decision.conflict(DECISION_REQUIRES_GRADING, "An admission decision needs a graded entrance exam.");
        }
        Optional<String> reason = nonBlank(command.reason());
        if (command.decision() == AdmissionDecision.REJECTED && reason.isEmpty()) {
            return Decision.ruleBroken(REJECTION_REASON_REQUIRED, "A rejection needs a reason.");
        }
        if (!programmes.isOpen(application.academicYear())) {
            return Decision.ruleBroken(
                    ACADEMIC_YEAR_NOT_OPEN,
                    "Academic year " + application.academicYear() + " is no longer open: no one is admitted to it.");
        }
        return Decision.accept(new AdmissionDecisionRequested(
                command.studentId(),
                command.issuedAt(),
                application.programmeId(),
                application.academicYear(),
                command.decision(),
                reason,
                exam.get().total(),
                command.staffId()));
    }

    static Decision<ApplicationEvent> record(Application application, RecordAdmissionDecision command) {
        if (application.status() != ApplicationStatus.AWAITING_DECISION) {
            return Decision.conflict(
                    DECISION_NOT_AWAITED,
                    "The application is " + application.status() + ", not awaiting an admission decision.");
        }
        return Decision.accept(new AdmissionDecided(
                command.studentId(),
                command.issuedAt(),
                command.decision(),
                nonBlank(command.reason()),
                command.staffId()));
    }

    static Decision<ApplicationEvent> promote(Application application, PromoteFromWaitlist command) {
        if (application.status() != ApplicationStatus.WAITLISTED) {
            return Decision.conflict(
                    PROMOTION_REQUIRES_WAITLIST,
                    "Only a waitlisted applicant can be promoted; the application is " + application.status() + ".");
        }
        return Decision.accept(new WaitlistedApplicantPromoted(
                command.studentId(), command.issuedAt(), application.programmeId(), application.academicYear()));
    }

    private static Optional<String> nonBlank(Optional<String> text) {
        return text.map(String::strip).filter(value -> !value.isEmpty());
    }
}
