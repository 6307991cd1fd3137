package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.application.ApplicationRules.ACADEMIC_YEAR_MALFORMED;
import static edu.lifecycle.admissions.application.ApplicationRules.ACADEMIC_YEAR_NOT_OPEN;
import static edu.lifecycle.admissions.application.ApplicationRules.APPLICANT_EMAIL_INVALID;
import static edu.lifecycle.admissions.application.ApplicationRules.APPLICANT_NAME_REQUIRED;
import static edu.lifecycle.admissions.application.ApplicationRules.PRIOR_DEGREE_INCOMPLETE;
import static edu.lifecycle.admissions.application.ApplicationRules.PRIOR_ECTS_IMPLAUSIBLE;
import static edu.lifecycle.admissions.application.ApplicationRules.PRIOR_ECTS_NEGATIVE;
import static edu.lifecycle.admissions.application.ApplicationRules.PROGRAMME_UNKNOWN;

import edu.lifecycle.admissions.application.ApplicationCommand.SubmitApplication;
import edu.lifecycle.admissions.application.ApplicationEvent.ApplicationSubmitted;
import edu.lifecycle.admissions.application.ApplicationEvent.EligibilityAssessed;
import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.Programme;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.servicekit.decision.Decision;
import java.util.Optional;
import java.util.regex.Pattern;

/** A first application: its content is checked, then eligibility is assessed at once. */
final class SubmittingApplication {

    // Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is proved by writing, not by regex.
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final int EMAIL_MAX_LENGTH = 254;

    private final ProgrammeCatalog programmes;

    SubmittingApplication(ProgrammeCatalog programmes) {
        this.programmes = programmes;
    }

    Decision<ApplicationEvent> decide(SubmitApplication command) {
        Optional<Programme> programme = programmes.find(command.programmeId());
        if (programme.isEmpty()) {
            return Decision.ruleBroken(PROGRAMME_UNKNOWN, "No programme " + command.programmeId() + " is offered.");
        }
        Optional<AcademicYear> year = AcademicYear.parse(command.academicYear());
        if (year.isEmpty()) {
            return Decision.ruleBroken(
                    ACADEMIC_YEAR_MALFORMED,
                    "Academic year '" + command.academicYear() + "' is not two consecutive years, e.g. 2026-2027.");
        }
        if (!programmes.isOpen(year.get())) {
            return Decision.ruleBroken(
                    ACADEMIC_YEAR_NOT_OPEN,
                    "Applications for " + year.get() + " are not open; the open academic years are "
                            + programmes.openYearsText() + ".");
        }
        var applicant = command.applicant();
        if (applicant.fullName().isBlank()) {
            return Decision.ruleBroken(APPLICANT_NAME_REQUIRED, "The applicant's full name is required.");
        }
        String email = applicant.email().strip();
        if (!isEmail(email)) {
            // The address is not repeated: the refusal is kept with the command's outcome, where no erasure reaches.
            return Decision.ruleBroken(APPLICANT_EMAIL_INVALID, "The applicant's e-mail is not an e-mail address.");
        }
        var degree = command.priorDegree();
        if (degree.title().isBlank()
                || degree.institution().isBlank()
                || degree.country().isBlank()) {
            return Decision.ruleBroken(
                    PRIOR_DEGREE_INCOMPLETE, "The prior degree needs a title, an institution and a country.");
        }
        if (degree.ects() < 0) {
            return Decision.ruleBroken(PRIOR_ECTS_NEGATIVE, "Prior ECTS cannot be negative: " + degree.ects() + ".");
        }
        if (degree.ects() > PriorDegree.MAX_PLAUSIBLE_ECTS) {
            return Decision.ruleBroken(
                    PRIOR_ECTS_IMPLAUSIBLE,
                    "Prior studies worth " + degree.ects() + " ECTS are not plausible: at most "
                            + PriorDegree.MAX_PLAUSIBLE_ECTS + " (ten years of full-time study).");
        }
        return Decision.accept(
                submitted(
                        command,
                        year.get(),
                        new ApplicantProfile(applicant.fullName().strip(), email)),
                assessed(command, programme.get()));
    }

    static boolean isEmail(String email) {
        return email.length() <= EMAIL_MAX_LENGTH && EMAIL.matcher(email).matches();
    }

    private static ApplicationSubmitted submitted(
            SubmitApplication command, AcademicYear year, ApplicantProfile applicant) {
        return new ApplicationSubmitted(
                command.studentId(),
                command.issuedAt(),
                command.programmeId(),
                year,
                command.priorDegree(),
                command.preferredStream(),
                command.preferredScheme(),
                applicant);
    }

    private static EligibilityAssessed assessed(SubmitApplication command, Programme programme) {
        var reasons = AssessingEligibility.reasonsAgainst(
                programme, command.priorDegree(), command.preferredStream(), command.preferredScheme());
        return new EligibilityAssessed(
                command.studentId(), command.issuedAt(), reasons.isEmpty(), reasons, programme.minimumEcts());
    }
}
