package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.application.ApplicationRules.ACADEMIC_YEAR_NOT_OPEN;
import static edu.lifecycle.admissions.application.ApplicationRules.ALREADY_ENROLLED;
import static edu.lifecycle.admissions.application.ApplicationRules.ENROLLMENT_REQUIRES_ADMISSION;
import static edu.lifecycle.admissions.application.ApplicationRules.PROGRAMME_UNKNOWN;
import static edu.lifecycle.admissions.application.ApplicationRules.SCHEME_NOT_OFFERED;
import static edu.lifecycle.admissions.application.ApplicationRules.STREAM_NOT_OFFERED;

import edu.lifecycle.admissions.application.ApplicationCommand.Enroll;
import edu.lifecycle.admissions.application.ApplicationEvent.StudentEnrolled;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.servicekit.decision.Decision;

/** Registration of an admitted applicant, once, in a stream and scheme the programme offers. */
final class EnrollingStudent {

    private final ProgrammeCatalog programmes;

    EnrollingStudent(ProgrammeCatalog programmes) {
        this.programmes = programmes;
    }

    Decision<ApplicationEvent> decide(Application application, Enroll command) {
        if (application.status() == ApplicationStatus.ENROLLED) {
            return Decision.conflict(ALREADY_ENROLLED, "The student is already enrolled.");
        }
        if (application.status() != ApplicationStatus.ADMITTED) {
            return Decision.conflict(
                    ENROLLMENT_REQUIRES_ADMISSION,
                    "Only an admitted applicant can enroll; the application is " + application.status() + ".");
        }
        var found = programmes.find(application.programmeId());
        if (found.isEmpty()) {
            return Decision.ruleBroken(
                    PROGRAMME_UNKNOWN, "Programme " + application.programmeId() + " is no longer offered.");
        }
        var programme = found.get();
        if (!programmes.isOpen(application.academicYear())) {
            // Billing, curriculum and placement serve open years only: a registration they cannot serve is refused.
            return Decision.ruleBroken(
                    ACADEMIC_YEAR_NOT_OPEN,
                    "Academic year " + application.academicYear() + " is no longer open for enrollment; the open years"
                            + " are " + programmes.openYearsText() + ".");
        }
        if (!programme.offers(command.stream())) {
            return Decision.ruleBroken(
                    STREAM_NOT_OFFERED, programme.id() + " does not offer the " + command.stream() + " stream.");
        }
        if (!programme.offers(command.scheme())) {
            return Decision.ruleBroken(
                    SCHEME_NOT_OFFERED, programme.id() + " does not offer the " + command.scheme() + " scheme.");
        }
        return Decision.accept(new StudentEnrolled(
                command.studentId(),
                command.issuedAt(),
                programme.id(),
                application.academicYear(),
                command.stream(),
                command.scheme(),
                programme.localDateOf(command.issuedAt())));
    }
}
