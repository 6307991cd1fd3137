package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.application.ApplicationRules.APPLICATION_ALREADY_SUBMITTED;
import static edu.lifecycle.admissions.application.ApplicationRules.APPLICATION_NOT_FOUND;
import static edu.lifecycle.admissions.application.ApplicationRules.APPLICATION_WITHDRAWN;

import edu.lifecycle.admissions.application.ApplicationCommand.Enroll;
import edu.lifecycle.admissions.application.ApplicationCommand.ErasePersonalData;
import edu.lifecycle.admissions.application.ApplicationCommand.GradeEntranceExam;
import edu.lifecycle.admissions.application.ApplicationCommand.OverrideEligibility;
import edu.lifecycle.admissions.application.ApplicationCommand.PromoteFromWaitlist;
import edu.lifecycle.admissions.application.ApplicationCommand.RecordAdmissionDecision;
import edu.lifecycle.admissions.application.ApplicationCommand.RectifyPersonalData;
import edu.lifecycle.admissions.application.ApplicationCommand.RequestAdmissionDecision;
import edu.lifecycle.admissions.application.ApplicationCommand.SubmitApplication;
import edu.lifecycle.admissions.application.ApplicationCommand.Withdraw;
import edu.lifecycle.admissions.application.ApplicationEvent.AdmissionDecided;
import edu.lifecycle.admissions.application.ApplicationEvent.AdmissionDecisionRequested;
import edu.lifecycle.admissions.application.ApplicationEvent.ApplicationSubmitted;
import edu.lifecycle.admissions.application.ApplicationEvent.EligibilityAssessed;
import edu.lifecycle.admissions.application.ApplicationEvent.EligibilityOverridden;
import edu.lifecycle.admissions.application.ApplicationEvent.EnrollmentWithdrawn;
import edu.lifecycle.admissions.application.ApplicationEvent.EntranceExamGraded;
import edu.lifecycle.admissions.application.ApplicationEvent.PersonalDataErased;
import edu.lifecycle.admissions.application.ApplicationEvent.PersonalDataRectified;
import edu.lifecycle.admissions.application.ApplicationEvent.StudentEnrolled;
import edu.lifecycle.admissions.application.ApplicationEvent.WaitlistedApplicantPromoted;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.List;
import java.util.Optional;

/**
 * The pure decisions of the {@link Application} aggregate, keyed by student id. A student who never applied is
 * {@code Optional.empty()}. {@code evolve} folds events into state; the state after a decision is the fold of its
 * events over the state before it.
 */
public final class ApplicationDecider {

    private final SubmittingApplication submitting;
    private final DecidingAdmission deciding;
    private final EnrollingStudent enrolling;

    public ApplicationDecider(ProgrammeCatalog programmes) {
        this.submitting = new SubmittingApplication(programmes);
        this.deciding = new DecidingAdmission(programmes);
        this.enrolling = new EnrollingStudent(programmes);
    }

    public Decision<ApplicationEvent> decide(Optional<Application> current, ApplicationCommand command) {
        if (command instanceof SubmitApplication submit) {
            return current.isPresent()
                    ? Decision.conflict(APPLICATION_ALREADY_SUBMITTED, "This student has already applied.")
                    : submitting.decide(submit);
        }
        if (current.isEmpty()) {
            return Decision.notFound(APPLICATION_NOT_FOUND, "No application from student " + command.studentId() + ".");
        }
        var application = current.get();
        if (command instanceof ErasePersonalData) {
            // Erasure must stay possible after withdrawal, and asking twice is not an error.
            return application.personalDataErased()
                    ? Decision.accept(List.of())
                    : Decision.accept(new PersonalDataErased(command.studentId(), command.issuedAt()));
        }
        if (command instanceof RectifyPersonalData rectify) {
            return RectifyingPersonalData.decide(application, rectify);
        }
        if (application.isWithdrawn()) {
            return Decision.conflict(APPLICATION_WITHDRAWN, "The application was withdrawn.");
        }
        if (command instanceof OverrideEligibility override) {
            return OverridingEligibility.decide(application, override);
        }
        if (command instanceof GradeEntranceExam grade) {
            return GradingEntranceExam.decide(application, grade);
        }
        if (command instanceof RequestAdmissionDecision request) {
            return deciding.request(application, request);
        }
        if (command instanceof RecordAdmissionDecision record) {
            return DecidingAdmission.record(application, record);
        }
        if (command instanceof PromoteFromWaitlist promote) {
            return DecidingAdmission.promote(application, promote);
        }
        if (command instanceof Enroll enroll) {
            return enrolling.decide(application, enroll);
        }
        if (command instanceof Withdraw withdraw) {
            return WithdrawingApplication.decide(application, withdraw);
        }
        throw new IllegalArgumentException("Unknown application command " + command.getClass());
    }

    /**
     * @throws IllegalStateException if the event cannot follow the state (a submission on an existing application,
     *     anything else before one), which means the log and the decider disagree
     */
    public Application evolve(Optional<Application> current, ApplicationEvent event) {
        if (event instanceof ApplicationSubmitted submitted) {
            if (current.isPresent()) {
                throw new IllegalStateException("Student " + event.studentId() + " has already applied");
            }
            return Application.submitted(submitted);
        }
        var application = current.orElseThrow(
                () -> new IllegalStateException("No application from " + event.studentId() + " for " + event));
        if (event instanceof EligibilityAssessed assessed) {
            return application.assessed(assessed);
        }
        if (event instanceof EligibilityOverridden overridden) {
            return application.overridden(overridden);
        }
        if (event instanceof EntranceExamGraded graded) {
            return application.graded(graded);
        }
        if (event instanceof AdmissionDecisionRequested requested) {
            return application.awaitingDecision(requested);
        }
        if (event instanceof AdmissionDecided decided) {
            return application.decided(decided);
        }
        if (event instanceof WaitlistedApplicantPromoted promoted) {
            return application.promoted(promoted);
        }
        if (event instanceof StudentEnrolled enrolled) {
            return application.enrolled(enrolled);
        }
        if (event instanceof EnrollmentWithdrawn withdrawn) {
            return application.withdrawn(withdrawn);
        }
        if (event instanceof PersonalDataRectified rectified) {
            return application.rectified(rectified);
        }
        if (event instanceof PersonalDataErased erased) {
            return application.erased(erased.occurredAt());
        }
        throw new IllegalArgumentException("Unknown application event " + event.getClass());
    }

    /** The fold of {@code events} over {@code current}: what a state store holds after a decision. */
    public Optional<Application> evolveAll(Optional<Application> current, List<? extends ApplicationEvent> events) {
        var state = current;
        for (ApplicationEvent event : events) {
            state = Optional.of(evolve(state, event));
        }
        return state;
    }
}
