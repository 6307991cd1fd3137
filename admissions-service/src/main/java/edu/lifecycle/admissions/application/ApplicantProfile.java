package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.privacy.Personal;
import java.util.Objects;

/**
 * Who the applicant is: personal data. In plain text it travels only on the compacted profiles topic; every other copy
 * (commands, state, changelog, dead letters) is sealed with the person's data key ({@link Personal}), destroyed on
 * erasure. Public events never carry it.
 */
public record ApplicantProfile(
        @Personal String fullName, @Personal String email) {

    public ApplicantProfile {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
    }
}
