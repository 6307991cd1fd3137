package edu.lifecycle.admissions.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the edge asks of an intake, translating application events: {@code AdmissionDecisionRequested} becomes
 * {@link PlaceApplicant}, {@code EnrollmentWithdrawn} becomes {@link ReleaseSeat}. The command id should derive from
 * the id of the event it translates, so a redelivered event is recognised as the same command.
 */
public sealed interface IntakeCommand {

    String commandId();

    IntakeKey intake();

    String studentId();

    Instant issuedAt();

    /**
     * @param examScore written plus interview mark, out of 40: the waitlist's order
     * @param staffId who asked for the decision, recorded with it; empty when nobody signed in did
     */
    record PlaceApplicant(
            String commandId,
            IntakeKey intake,
            String studentId,
            Instant issuedAt,
            AdmissionDecision requested,
            Optional<String> reason,
            BigDecimal examScore,
            Optional<String> staffId)
            implements IntakeCommand {
        public PlaceApplicant {
            requireEnvelope(commandId, intake, studentId, issuedAt);
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(examScore, "examScore");
            Objects.requireNonNull(staffId, "staffId");
        }

        public PlaceApplicant(
                String commandId,
                IntakeKey intake,
                String studentId,
                Instant issuedAt,
                AdmissionDecision requested,
                Optional<String> reason,
                BigDecimal examScore) {
            this(commandId, intake, studentId, issuedAt, requested, reason, examScore, Optional.empty());
        }
    }

    /** The student withdrew: a seat they held frees, a place they had on the waitlist goes. */
    record ReleaseSeat(String commandId, IntakeKey intake, String studentId, Instant issuedAt)
            implements IntakeCommand {
        public ReleaseSeat {
            requireEnvelope(commandId, intake, studentId, issuedAt);
        }
    }

    private static void requireEnvelope(String commandId, IntakeKey intake, String studentId, Instant issuedAt) {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
