package edu.lifecycle.admissions.application;

import static edu.lifecycle.admissions.application.ApplicationRules.APPLICANT_EMAIL_INVALID;
import static edu.lifecycle.admissions.application.ApplicationRules.APPLICANT_NAME_REQUIRED;
import static edu.lifecycle.admissions.application.ApplicationRules.PERSONAL_DATA_ERASED;
import static edu.lifecycle.admissions.application.ApplicationRules.RECTIFICATION_EMPTY;

import edu.lifecycle.admissions.application.ApplicationCommand.RectifyPersonalData;
import edu.lifecycle.admissions.application.ApplicationEvent.PersonalDataRectified;
import edu.lifecycle.servicekit.decision.Decision;

/**
 * The right to rectification: a name or an e-mail is corrected, checked as at submission. It stays possible after a
 * withdrawal (the person's rights outlive the application); after erasure there is nothing left to correct. Refusals
 * never repeat the values, because outcomes are kept where no erasure reaches.
 */
final class RectifyingPersonalData {

    private RectifyingPersonalData() {}

    static Decision<ApplicationEvent> decide(Application application, RectifyPersonalData command) {
        if (application.personalDataErased()) {
            return Decision.conflict(PERSONAL_DATA_ERASED, "The applicant's personal data was erased.");
        }
        if (command.fullName().isEmpty() && command.email().isEmpty()) {
            return Decision.ruleBroken(RECTIFICATION_EMPTY, "A rectification corrects the name, the e-mail or both.");
        }
        var current = application.applicant().orElseThrow();
        String name = command.fullName().map(String::strip).orElse(current.fullName());
        if (name.isBlank()) {
            return Decision.ruleBroken(APPLICANT_NAME_REQUIRED, "The applicant's full name is required.");
        }
        String email = command.email().map(String::strip).orElse(current.email());
        if (!SubmittingApplication.isEmail(email)) {
            return Decision.ruleBroken(APPLICANT_EMAIL_INVALID, "The applicant's e-mail is not an e-mail address.");
        }
        return Decision.accept(
                new PersonalDataRectified(command.studentId(), command.issuedAt(), new ApplicantProfile(name, email)));
    }
}
