package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.programme.StudyStream;
import edu.lifecycle.admissions.programme.TrainingScheme;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What may be asked of an application. Each command carries the id the edge deduplicates on and the instant the
 * edge read from its clock: the domain never reads the time itself. Missing values are the edge's to refuse (400);
 * the decider refuses what breaks a business rule.
 */
public sealed interface ApplicationCommand {

    String commandId();

    String studentId();

    Instant issuedAt();

    /**
     * @param academicYear as typed by the applicant; the decider checks its form ({@code 2026-2027})
     */
    record SubmitApplication(
            String commandId,
            String studentId,
            Instant issuedAt,
            String programmeId,
            String academicYear,
            PriorDegree priorDegree,
            StudyStream preferredStream,
            TrainingScheme preferredScheme,
            ApplicantProfile applicant)
            implements ApplicationCommand {
        public SubmitApplication {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(academicYear, "academicYear");
            Objects.requireNonNull(priorDegree, "priorDegree");
            Objects.requireNonNull(preferredStream, "preferredStream");
            Objects.requireNonNull(preferredScheme, "preferredScheme");
            Objects.requireNonNull(applicant, "applicant");
        }
    }

    /** An officer replaces the automatic eligibility verdict, with a written reason. */
    record OverrideEligibility(
            String commandId, String studentId, Instant issuedAt, boolean eligible, String reason, String officer)
            implements ApplicationCommand {
        public OverrideEligibility {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(officer, "officer");
        }
    }

    /** Marks out of 20, at most two decimals. */
    record GradeEntranceExam(
            String commandId, String studentId, Instant issuedAt, BigDecimal writtenMark, BigDecimal interviewMark)
            implements ApplicationCommand {
        public GradeEntranceExam {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(writtenMark, "writtenMark");
            Objects.requireNonNull(interviewMark, "interviewMark");
        }
    }

    /** The jury's wish; the intake of the programme year turns it into the final decision. */
    record RequestAdmissionDecision(
            String commandId, String studentId, Instant issuedAt, AdmissionDecision decision, Optional<String> reason)
            implements ApplicationCommand {
        public RequestAdmissionDecision {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Sent by the intake (a policy, not a person): the final decision after capacity was taken into account. */
    record RecordAdmissionDecision(
            String commandId, String studentId, Instant issuedAt, AdmissionDecision decision, Optional<String> reason)
            implements ApplicationCommand {
        public RecordAdmissionDecision {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Sent by the intake when a seat freed and this waitlisted applicant is next in line. */
    record PromoteFromWaitlist(String commandId, String studentId, Instant issuedAt) implements ApplicationCommand {
        public PromoteFromWaitlist {
            requireEnvelope(commandId, studentId, issuedAt);
        }
    }

    /** Registration: stream and scheme become fixed. */
    record Enroll(String commandId, String studentId, Instant issuedAt, StudyStream stream, TrainingScheme scheme)
            implements ApplicationCommand {
        public Enroll {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(scheme, "scheme");
        }
    }

    record Withdraw(String commandId, String studentId, Instant issuedAt, String reason) implements ApplicationCommand {
        public Withdraw {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The right to erasure: name and e-mail go, the lifecycle facts stay. */
    record ErasePersonalData(String commandId, String studentId, Instant issuedAt) implements ApplicationCommand {
        public ErasePersonalData {
            requireEnvelope(commandId, studentId, issuedAt);
        }
    }

    private static void requireEnvelope(String commandId, String studentId, Instant issuedAt) {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
