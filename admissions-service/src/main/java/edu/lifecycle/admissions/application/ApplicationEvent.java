package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.programme.AcademicYear;
import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to an application. Names and fields follow the {@code admissions.events} schemas so the edge
 * translates one to one; where a domain event carries more (the applicant's identity, routing facts) or is not
 * published at all, its documentation says so.
 *
 * <p>Events carry no id: the edge derives each event's id from the command id and the event's position in the
 * decision (a name-based UUID), so a command processed again after a crash yields the same ids.
 */
public sealed interface ApplicationEvent {

    String studentId();

    Instant occurredAt();

    /**
     * Published as {@code ApplicationSubmitted} without {@code applicant}, which the edge sends only to the
     * {@code admissions.student-profiles} topic.
     */
    record ApplicationSubmitted(
            String studentId,
            Instant occurredAt,
            String programmeId,
            AcademicYear academicYear,
            PriorDegree priorDegree,
            StudyStream preferredStream,
            TrainingScheme preferredScheme,
            ApplicantProfile applicant)
            implements ApplicationEvent {
        public ApplicationSubmitted {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
            Objects.requireNonNull(priorDegree, "priorDegree");
            Objects.requireNonNull(preferredStream, "preferredStream");
            Objects.requireNonNull(preferredScheme, "preferredScheme");
            Objects.requireNonNull(applicant, "applicant");
        }
    }

    /** The automatic check; {@code reasons} is empty exactly when {@code eligible}. */
    record EligibilityAssessed(
            String studentId, Instant occurredAt, boolean eligible, List<IneligibilityReason> reasons, int requiredEcts)
            implements ApplicationEvent {
        public EligibilityAssessed {
            requireFact(studentId, occurredAt);
            reasons = List.copyOf(reasons);
        }
    }

    /** @param overriddenBy the staff id of the signed-in officer; published as {@code overriddenBy} and {@code staffId} */
    record EligibilityOverridden(
            String studentId, Instant occurredAt, boolean eligible, String reason, String overriddenBy)
            implements ApplicationEvent {
        public EligibilityOverridden {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(overriddenBy, "overriddenBy");
        }
    }

    /**
     * Marks have scale 2, as the schema's {@code decimal(4,2)}.
     *
     * @param staffId who recorded the marks; empty when nobody signed in did
     */
    record EntranceExamGraded(
            String studentId,
            Instant occurredAt,
            BigDecimal writtenMark,
            BigDecimal interviewMark,
            Optional<String> staffId)
            implements ApplicationEvent {
        public EntranceExamGraded {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(writtenMark, "writtenMark");
            Objects.requireNonNull(interviewMark, "interviewMark");
            Objects.requireNonNull(staffId, "staffId");
        }

        public EntranceExamGraded(
                String studentId, Instant occurredAt, BigDecimal writtenMark, BigDecimal interviewMark) {
            this(studentId, occurredAt, writtenMark, interviewMark, Optional.empty());
        }
    }

    /**
     * Internal, never published: the jury's wish, which the edge turns into a {@code PlaceApplicant} command for the
     * intake keyed by programme and year, because only the intake sees every applicant competing for the seats.
     *
     * @param examScore written plus interview mark, out of 40: the waitlist is ordered by it
     * @param staffId who asked for the decision; the intake hands it back with the final decision
     */
    record AdmissionDecisionRequested(
            String studentId,
            Instant occurredAt,
            String programmeId,
            AcademicYear academicYear,
            AdmissionDecision requested,
            Optional<String> reason,
            BigDecimal examScore,
            Optional<String> staffId)
            implements ApplicationEvent {
        public AdmissionDecisionRequested {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(examScore, "examScore");
            Objects.requireNonNull(staffId, "staffId");
        }

        public AdmissionDecisionRequested(
                String studentId,
                Instant occurredAt,
                String programmeId,
                AcademicYear academicYear,
                AdmissionDecision requested,
                Optional<String> reason,
                BigDecimal examScore) {
            this(studentId, occurredAt, programmeId, academicYear, requested, reason, examScore, Optional.empty());
        }
    }

    /**
     * Published as {@code AdmissionDecided}; an empty reason or staff id is the schema's {@code null}.
     *
     * @param staffId who asked for the decision
     */
    record AdmissionDecided(
            String studentId,
            Instant occurredAt,
            AdmissionDecision decision,
            Optional<String> reason,
            Optional<String> staffId)
            implements ApplicationEvent {
        public AdmissionDecided {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(staffId, "staffId");
        }

        public AdmissionDecided(
                String studentId, Instant occurredAt, AdmissionDecision decision, Optional<String> reason) {
            this(studentId, occurredAt, decision, reason, Optional.empty());
        }
    }

    record WaitlistedApplicantPromoted(
            String studentId, Instant occurredAt, String programmeId, AcademicYear academicYear)
            implements ApplicationEvent {
        public WaitlistedApplicantPromoted {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
        }
    }

    /** @param registeredOn the local date of registration where the programme runs; the deposit falls due on it */
    record StudentEnrolled(
            String studentId,
            Instant occurredAt,
            String programmeId,
            AcademicYear academicYear,
            StudyStream stream,
            TrainingScheme scheme,
            LocalDate registeredOn)
            implements ApplicationEvent {
        public StudentEnrolled {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(registeredOn, "registeredOn");
        }
    }

    /**
     * Published as {@code EnrollmentWithdrawn} with the reason only. The other fields are for the edge, which sends a
     * {@code ReleaseSeat} to the intake of {@code programmeId} and {@code academicYear} for every withdrawal: the
     * intake, not this application, knows whether a seat was taken (a final decision may still be on its way), and it
     * answers with no events for a student it does not hold.
     *
     * @param wasHoldingSeat the application was admitted or enrolled
     * @param wasWaitlisted the application was waitlisted
     * @param staffId the officer who recorded the withdrawal
     */
    record EnrollmentWithdrawn(
            String studentId,
            Instant occurredAt,
            String programmeId,
            AcademicYear academicYear,
            String reason,
            boolean wasHoldingSeat,
            boolean wasWaitlisted,
            Optional<String> staffId)
            implements ApplicationEvent {
        public EnrollmentWithdrawn {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(staffId, "staffId");
        }

        public EnrollmentWithdrawn(
                String studentId,
                Instant occurredAt,
                String programmeId,
                AcademicYear academicYear,
                String reason,
                boolean wasHoldingSeat,
                boolean wasWaitlisted) {
            this(
                    studentId,
                    occurredAt,
                    programmeId,
                    academicYear,
                    reason,
                    wasHoldingSeat,
                    wasWaitlisted,
                    Optional.empty());
        }
    }

    /** Not published on {@code admissions.events}: the edge writes a tombstone to the profiles topic instead. */
    record PersonalDataErased(String studentId, Instant occurredAt) implements ApplicationEvent {
        public PersonalDataErased {
            requireFact(studentId, occurredAt);
        }
    }

    /**
     * The right to rectification: the applicant's identity as corrected. Not published on {@code admissions.events}: the
     * edge writes the corrected profile to the profiles topic, and the old values' key is destroyed.
     */
    record PersonalDataRectified(String studentId, Instant occurredAt, ApplicantProfile applicant)
            implements ApplicationEvent {
        public PersonalDataRectified {
            requireFact(studentId, occurredAt);
            Objects.requireNonNull(applicant, "applicant");
        }
    }

    private static void requireFact(String studentId, Instant occurredAt) {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
