package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import java.time.Instant;
import java.util.Objects;

/** What the applicant asked for when applying; stream and scheme are preferences until enrollment fixes them. */
public record Submission(
        String programmeId,
        AcademicYear academicYear,
        PriorDegree priorDegree,
        StudyStream preferredStream,
        TrainingScheme preferredScheme,
        Instant submittedAt) {

    public Submission {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(academicYear, "academicYear");
        Objects.requireNonNull(priorDegree, "priorDegree");
        Objects.requireNonNull(preferredStream, "preferredStream");
        Objects.requireNonNull(preferredScheme, "preferredScheme");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
