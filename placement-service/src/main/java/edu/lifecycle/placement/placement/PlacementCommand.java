package edu.lifecycle.placement.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What may be asked of a student's placement record. Each command carries the id the edge deduplicates on and the
 * instant the edge read from its clock: the domain never reads the time itself. Missing values are the edge's to
 * refuse (400); the decider refuses what breaks a business rule.
 */
public sealed interface PlacementCommand {

    String commandId();

    String studentId();

    Instant issuedAt();

    /** From admissions' {@code StudentEnrolled}. */
    record OpenRecord(String commandId, String studentId, Instant issuedAt, String programmeId, String academicYear)
            implements PlacementCommand {
        public OpenRecord {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
        }
    }

    /** From admissions' {@code EnrollmentWithdrawn}. */
    record CloseRecord(String commandId, String studentId, Instant issuedAt, String reason)
            implements PlacementCommand {
        public CloseRecord {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** @param endOn the last day of the internship as agreed */
    record SignInternship(
            String commandId,
            String studentId,
            Instant issuedAt,
            String agreementId,
            String organisation,
            Sector sector,
            String role,
            LocalDate startOn,
            LocalDate endOn,
            boolean fullTime,
            String tutor)
            implements PlacementCommand {
        public SignInternship {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(agreementId, "agreementId");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(sector, "sector");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(startOn, "startOn");
            Objects.requireNonNull(endOn, "endOn");
            Objects.requireNonNull(tutor, "tutor");
        }
    }

    record SignWorkStudyContract(
            String commandId,
            String studentId,
            Instant issuedAt,
            String contractId,
            String employer,
            LocalDate startOn,
            LocalDate endOn)
            implements PlacementCommand {
        public SignWorkStudyContract {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(contractId, "contractId");
            Objects.requireNonNull(employer, "employer");
            Objects.requireNonNull(startOn, "startOn");
            Objects.requireNonNull(endOn, "endOn");
        }
    }

    /** @param endedOn the last day actually worked */
    record EndEarly(
            String commandId, String studentId, Instant issuedAt, String placementId, LocalDate endedOn, String reason)
            implements PlacementCommand {
        public EndEarly {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(placementId, "placementId");
            Objects.requireNonNull(endedOn, "endedOn");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * An agreement or a contract validated with the tutor's evaluation out of 20.
     *
     * @param staffId the signed-in sender's staff id (never from a body); empty when nobody signed in sent it
     */
    record Validate(
            String commandId,
            String studentId,
            Instant issuedAt,
            String placementId,
            BigDecimal evaluationMark,
            Optional<String> staffId)
            implements PlacementCommand {
        public Validate {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(placementId, "placementId");
            Objects.requireNonNull(evaluationMark, "evaluationMark");
            Objects.requireNonNull(staffId, "staffId");
        }

        public Validate(
                String commandId, String studentId, Instant issuedAt, String placementId, BigDecimal evaluationMark) {
            this(commandId, studentId, issuedAt, placementId, evaluationMark, Optional.empty());
        }
    }

    /** From curriculum's {@code DegreeAwarded}: the student is now a graduate. */
    record NoteGraduation(String commandId, String studentId, Instant issuedAt, String programmeId, String academicYear)
            implements PlacementCommand {
        public NoteGraduation {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
        }
    }

    /** @param competitionPassed the public-service competitive examination passed, if any; a blank name is none */
    record RecordGraduateOutcome(
            String commandId,
            String studentId,
            Instant issuedAt,
            Sector sector,
            String organisation,
            String jobTitle,
            Optional<String> competitionPassed,
            int monthsAfterGraduation)
            implements PlacementCommand {
        public RecordGraduateOutcome {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(sector, "sector");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(jobTitle, "jobTitle");
            competitionPassed = Objects.requireNonNull(competitionPassed, "competitionPassed")
                    .filter(name -> !name.isBlank());
        }
    }

    private static void requireEnvelope(String commandId, String studentId, Instant issuedAt) {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
