package edu.lifecycle.placement.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What happened to a student's placement record. Months have scale 2, as the schemas' {@code decimal(4,2)}. */
public sealed interface PlacementEvent {

    String studentId();

    Instant occurredAt();

    record PlacementRecordOpened(
            String studentId, Instant occurredAt, String programmeId, String academicYear, BigDecimal requiredMonths)
            implements PlacementEvent {
        public PlacementRecordOpened {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
            Objects.requireNonNull(requiredMonths, "requiredMonths");
        }
    }

    record PlacementRecordClosed(String studentId, Instant occurredAt, String reason) implements PlacementEvent {
        public PlacementRecordClosed {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(reason, "reason");
        }
    }

    record InternshipAgreementSigned(
            String studentId,
            Instant occurredAt,
            String agreementId,
            String organisation,
            Sector sector,
            String role,
            LocalDate startOn,
            LocalDate endOn,
            boolean fullTime,
            String tutor)
            implements PlacementEvent {
        public InternshipAgreementSigned {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(agreementId, "agreementId");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(sector, "sector");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(startOn, "startOn");
            Objects.requireNonNull(endOn, "endOn");
            Objects.requireNonNull(tutor, "tutor");
        }
    }

    record WorkStudyContractSigned(
            String studentId,
            Instant occurredAt,
            String contractId,
            String employer,
            LocalDate startOn,
            LocalDate endOn)
            implements PlacementEvent {
        public WorkStudyContractSigned {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(contractId, "contractId");
            Objects.requireNonNull(employer, "employer");
            Objects.requireNonNull(startOn, "startOn");
            Objects.requireNonNull(endOn, "endOn");
        }
    }

    record PlacementEndedEarly(
            String studentId,
            Instant occurredAt,
            String placementId,
            PlacementKind kind,
            LocalDate endedOn,
            String reason)
            implements PlacementEvent {
        public PlacementEndedEarly {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(placementId, "placementId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(endedOn, "endedOn");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Published as {@code InternshipValidated} for an internship and a work-study contract alike.
     *
     * @param staffId who validated it
     */
    record PlacementValidated(
            String studentId,
            Instant occurredAt,
            String placementId,
            BigDecimal evaluationMark,
            BigDecimal validatedMonths,
            Optional<String> staffId)
            implements PlacementEvent {
        public PlacementValidated {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(placementId, "placementId");
            Objects.requireNonNull(evaluationMark, "evaluationMark");
            Objects.requireNonNull(validatedMonths, "validatedMonths");
            Objects.requireNonNull(staffId, "staffId");
        }

        public PlacementValidated(
                String studentId,
                Instant occurredAt,
                String placementId,
                BigDecimal evaluationMark,
                BigDecimal validatedMonths) {
            this(studentId, occurredAt, placementId, evaluationMark, validatedMonths, Optional.empty());
        }
    }

    record ExperienceRequirementMet(
            String studentId, Instant occurredAt, BigDecimal totalValidatedMonths, BigDecimal requiredMonths)
            implements PlacementEvent {
        public ExperienceRequirementMet {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(totalValidatedMonths, "totalValidatedMonths");
            Objects.requireNonNull(requiredMonths, "requiredMonths");
        }
    }

    /** Internal, never published: curriculum already told the world; it only lets outcomes be recorded. */
    record StudentGraduated(String studentId, Instant occurredAt, String programmeId, String academicYear)
            implements PlacementEvent {
        public StudentGraduated {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
        }
    }

    record GraduateOutcomeRecorded(
            String studentId,
            Instant occurredAt,
            Sector sector,
            String organisation,
            String jobTitle,
            Optional<String> competitionPassed,
            int monthsAfterGraduation)
            implements PlacementEvent {
        public GraduateOutcomeRecorded {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(sector, "sector");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(jobTitle, "jobTitle");
            Objects.requireNonNull(competitionPassed, "competitionPassed");
        }
    }

    private static void requireFact(String studentId, Instant occurredAt) {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
