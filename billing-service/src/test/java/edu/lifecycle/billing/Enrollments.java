package edu.lifecycle.billing;

import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.StudyStream;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.placement.WorkStudyContractSigned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The other services' events billing acts on, as they would publish them. */
public final class Enrollments {

    public static final String YEAR = "2026-2027";
    public static final LocalDate REGISTERED_ON = LocalDate.parse("2026-09-01");

    private Enrollments() {}

    public static StudentEnrolled enrolled(String studentId, TrainingScheme scheme, Instant at) {
        return enrolled(studentId, scheme, at, REGISTERED_ON);
    }

    public static StudentEnrolled enrolled(
            String studentId, TrainingScheme scheme, Instant at, LocalDate registeredOn) {
        return new StudentEnrolled(
                UUID.randomUUID().toString(),
                at,
                studentId,
                "M2-ISD",
                YEAR,
                StudyStream.PROFESSIONAL,
                scheme,
                registeredOn);
    }

    public static EnrollmentWithdrawn withdrawn(String studentId, Instant at) {
        return new EnrollmentWithdrawn(
                UUID.randomUUID().toString(), at, studentId, "moved abroad", "admissions-officer");
    }

    public static WorkStudyContractSigned workStudyContract(String studentId, String contractId, Instant at) {
        return new WorkStudyContractSigned(
                UUID.randomUUID().toString(),
                at,
                studentId,
                contractId,
                "Thales",
                LocalDate.parse("2026-10-01"),
                LocalDate.parse("2027-09-30"));
    }
}
