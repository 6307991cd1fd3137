package edu.lifecycle.curriculum;

import edu.lifecycle.curriculum.programme.Programmes;
import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.StudyStream;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.billing.TuitionSettled;
import edu.lifecycle.events.placement.ExperienceRequirementMet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Other services' events as curriculum reads them, in the words of their schemas. */
public final class Events {

    public static final Instant ENROLLED_AT = Instant.parse("2026-09-15T08:00:00Z");

    private Events() {}

    public static StudentEnrolled studentEnrolled(String studentId) {
        return studentEnrolled(studentId, Programmes.ISD);
    }

    public static StudentEnrolled studentEnrolled(String studentId, String programme) {
        return new StudentEnrolled(
                id(),
                ENROLLED_AT,
                studentId,
                programme,
                Programmes.YEAR,
                StudyStream.PROFESSIONAL,
                TrainingScheme.INITIAL,
                LocalDate.parse("2026-09-15"));
    }

    public static EnrollmentWithdrawn enrollmentWithdrawn(String studentId) {
        return new EnrollmentWithdrawn(
                id(), ENROLLED_AT.plusSeconds(86_400), studentId, "accepted a job offer", "admissions-officer");
    }

    public static ExperienceRequirementMet experienceRequirementMet(String studentId) {
        return new ExperienceRequirementMet(
                id(), Instant.parse("2027-06-30T12:00:00Z"), studentId, new BigDecimal("6.00"), new BigDecimal("6.00"));
    }

    public static TuitionSettled tuitionSettled(String studentId) {
        return new TuitionSettled(id(), Instant.parse("2027-03-05T10:00:00Z"), studentId, new BigDecimal("9750.00"));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
