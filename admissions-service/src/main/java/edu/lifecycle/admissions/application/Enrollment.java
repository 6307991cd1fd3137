package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The registration: stream and scheme as fixed for the year. */
public record Enrollment(StudyStream stream, TrainingScheme scheme, LocalDate registeredOn, Instant enrolledAt) {

    public Enrollment {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
    }
}
