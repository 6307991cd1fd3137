package edu.lifecycle.admissions.application;

import edu.lifecycle.admissions.intake.AdmissionDecision;
import edu.lifecycle.admissions.privacy.Personal;
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
 *
 * <p>A command recording a person's decision carries {@code staffId}: the staff id of the signed-in caller who sent it
 * (their token's {@code preferred_username}, else {@code sub}), never a value from a request body. It is empty for a
 * command no person sent, e.g. a policy's.
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

    /** An officer replaces the automatic eligibility verdict, with a written reason; the officer is the sender. */
    record OverrideEligibility(
            String commandId,
            String studentId,
            Instant issuedAt,
            boolean eligible,
            String reason,
            Optional<String> staffId)
            implements ApplicationCommand {
        public OverrideEligibility {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(staffId, "staffId");
        }
    }

    /** Marks out of 20, at most two decimals. */
    record GradeEntranceExam(
            String commandId,
            String studentId,
            Instant issuedAt,
            BigDecimal writtenMark,
            BigDecimal interviewMark,
            Optional<String> staffId)
            implements ApplicationCommand {
        public GradeEntranceExam {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(writtenMark, "writtenMark");
            Objects.requireNonNull(interviewMark, "interviewMark");
            Objects.requireNonNull(staffId, "staffId");
        }

        /** Sent by nobody signed in. */
        public GradeEntranceExam(
                String commandId,
                String studentId,
                Instant issuedAt,
                BigDecimal writtenMark,
                BigDecimal interviewMark) {
            this(commandId, studentId, issuedAt, writtenMark, interviewMark, Optional.empty());
        }
    }

    /**
     * The jury's wish; the intake of the programme year turns it into the final decision.
     *
     * @param reason why, if the jury said; a blank reason is none
     */
    record RequestAdmissionDecision(
            String commandId,
            String studentId,
            Instant issuedAt,
            AdmissionDecision decision,
            Optional<String> reason,
            Optional<String> staffId)
            implements ApplicationCommand {
        public RequestAdmissionDecision {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(decision, "decision");
            reason = nonBlank(reason);
            Objects.requireNonNull(staffId, "staffId");
        }

        /** Asked by nobody signed in. */
        public RequestAdmissionDecision(
                String commandId,
                String studentId,
                Instant issuedAt,
                AdmissionDecision decision,
                Optional<String> reason) {
            this(commandId, studentId, issuedAt, decision, reason, Optional.empty());
        }
    }

    /**
     * Sent by the intake: the final decision after capacity was taken into account, for the person who asked for it
     * ({@code staffId} of the {@link RequestAdmissionDecision}).
     *
     * @param reason why, if the intake or the jury said; a blank reason is none
     */
    record RecordAdmissionDecision(
            String commandId,
            String studentId,
            Instant issuedAt,
            AdmissionDecision decision,
            Optional<String> reason,
            Optional<String> staffId)
            implements ApplicationCommand {
        public RecordAdmissionDecision {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(decision, "decision");
            reason = nonBlank(reason);
            Objects.requireNonNull(staffId, "staffId");
        }

        /** For a request nobody signed in made. */
        public RecordAdmissionDecision(
                String commandId,
                String studentId,
                Instant issuedAt,
                AdmissionDecision decision,
                Optional<String> reason) {
            this(commandId, studentId, issuedAt, decision, reason, Optional.empty());
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

    record Withdraw(String commandId, String studentId, Instant issuedAt, String reason, Optional<String> staffId)
            implements ApplicationCommand {
        public Withdraw {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(staffId, "staffId");
        }

        /** Recorded by nobody signed in. */
        public Withdraw(String commandId, String studentId, Instant issuedAt, String reason) {
            this(commandId, studentId, issuedAt, reason, Optional.empty());
        }
    }

    /** The right to erasure: name and e-mail go, the lifecycle facts stay. */
    record ErasePersonalData(String commandId, String studentId, Instant issuedAt) implements ApplicationCommand {
        public ErasePersonalData {
            requireEnvelope(commandId, studentId, issuedAt);
        }
    }

    /**
     * The right to rectification: a corrected name, a corrected e-mail, or both; what is absent stays as it is.
     * Personal data, sealed wherever it travels ({@link Personal}).
     */
    record RectifyPersonalData(
            String commandId,
            String studentId,
            Instant issuedAt,
            @Personal Optional<String> fullName,
            @Personal Optional<String> email)
            implements ApplicationCommand {
        public RectifyPersonalData {
            requireEnvelope(commandId, studentId, issuedAt);
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(email, "email");
        }
    }

    private static Optional<String> nonBlank(Optional<String> text) {
        return Objects.requireNonNull(text, "reason").filter(value -> !value.isBlank());
    }

    private static void requireEnvelope(String commandId, String studentId, Instant issuedAt) {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
