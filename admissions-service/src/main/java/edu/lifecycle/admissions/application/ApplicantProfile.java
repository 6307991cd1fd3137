package edu.lifecycle.admissions.application;

import java.util.Objects;

/**
 * Who the applicant is: personal data. It travels only on the compacted profiles topic and is dropped from the
 * state on erasure; public events never carry it.
 */
public record ApplicantProfile(String fullName, String email) {

    public ApplicantProfile {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
    }
}
