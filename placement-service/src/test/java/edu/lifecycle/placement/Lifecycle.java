package edu.lifecycle.placement;

import edu.lifecycle.events.admissions.EnrollmentWithdrawn;
import edu.lifecycle.events.admissions.StudentEnrolled;
import edu.lifecycle.events.admissions.StudyStream;
import edu.lifecycle.events.admissions.TrainingScheme;
import edu.lifecycle.events.curriculum.DegreeAwarded;
import edu.lifecycle.events.curriculum.Mention;
import edu.lifecycle.placement.placement.PlacementCommand;
import edu.lifecycle.placement.placement.Programme;
import edu.lifecycle.placement.placement.Sector;
import edu.lifecycle.placement.placement.stream.PlacementIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Other services' events and placement's requests, in the words of a student's year. */
public final class Lifecycle {

    public static final String YEAR = "2026-2027";

    private Lifecycle() {}

    public static StudentEnrolled enrolled(String studentId, String programme) {
        return new StudentEnrolled(
                UUID.randomUUID().toString(),
                Instant.parse("2026-09-01T08:00:00Z"),
                studentId,
                programme,
                YEAR,
                StudyStream.PROFESSIONAL,
                TrainingScheme.INITIAL,
                LocalDate.parse("2026-09-01"));
    }

    public static EnrollmentWithdrawn withdrawn(String studentId) {
        return new EnrollmentWithdrawn(
                UUID.randomUUID().toString(),
                Instant.parse("2026-11-02T08:00:00Z"),
                studentId,
                "moved abroad",
                "admissions-officer");
    }

    public static DegreeAwarded degreeAwarded(String studentId, String programme) {
        return new DegreeAwarded(
                UUID.randomUUID().toString(),
                Instant.parse("2027-07-10T09:00:00Z"),
                studentId,
                programme,
                YEAR,
                new BigDecimal("14.20"),
                Mention.BIEN,
                60);
    }

    public static PlacementDriver.Body internship(String startOn, String endOn) {
        return (meta, student) -> new PlacementCommand.SignInternship(
                meta.commandId(),
                student,
                meta.issuedAt(),
                PlacementIds.agreement(meta.commandId()),
                "Ministère des Armées",
                Sector.STATE_CIVIL_SERVICE,
                "Policy analyst",
                LocalDate.parse(startOn),
                LocalDate.parse(endOn),
                true,
                "Colonel Dupuis");
    }

    public static PlacementDriver.Body workStudy(String startOn, String endOn) {
        return (meta, student) -> new PlacementCommand.SignWorkStudyContract(
                meta.commandId(),
                student,
                meta.issuedAt(),
                PlacementIds.contract(meta.commandId()),
                "Thales",
                LocalDate.parse(startOn),
                LocalDate.parse(endOn));
    }

    public static PlacementDriver.Body validation(String placementId, String mark) {
        return (meta, student) -> new PlacementCommand.Validate(
                meta.commandId(), student, meta.issuedAt(), placementId, new BigDecimal(mark));
    }

    public static PlacementDriver.Body earlyEnd(String placementId, String endedOn) {
        return (meta, student) -> new PlacementCommand.EndEarly(
                meta.commandId(), student, meta.issuedAt(), placementId, LocalDate.parse(endedOn), "host reorganised");
    }

    public static PlacementDriver.Body firstPosition(Sector sector, int monthsAfterGraduation) {
        return (meta, student) -> new PlacementCommand.RecordGraduateOutcome(
                meta.commandId(),
                student,
                meta.issuedAt(),
                sector,
                "Naval Group",
                "Security analyst",
                Optional.empty(),
                monthsAfterGraduation);
    }

    /** Noon in Paris on {@code day}: when a tutor sends an evaluation. */
    public static Instant on(String day) {
        return LocalDate.parse(day).atTime(12, 0).atZone(Programme.DEFAULT_ZONE).toInstant();
    }
}
