package edu.lifecycle.admissions.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to the seats of a programme year. Internal to admissions: the edge turns {@link ApplicantPlaced}
 * into the application's {@code RecordAdmissionDecision} and {@link WaitlistPromotionGranted} into its
 * {@code PromoteFromWaitlist}; the application then publishes the facts. As for applications, event ids are the
 * edge's to derive from the command id and the event's position.
 */
public sealed interface IntakeEvent {

    IntakeKey intake();

    /** The student the fact is about. */
    String studentId();

    Instant occurredAt();

    /**
     * The final decision for a student, after capacity.
     *
     * @param staffId who asked for the decision
     */
    record ApplicantPlaced(
            IntakeKey intake,
            String studentId,
            Instant occurredAt,
            AdmissionDecision decision,
            Optional<String> reason,
            BigDecimal examScore,
            Optional<String> staffId)
            implements IntakeEvent {
        public ApplicantPlaced {
            requireFact(intake, studentId, occurredAt);
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(examScore, "examScore");
            Objects.requireNonNull(staffId, "staffId");
        }

        public ApplicantPlaced(
                IntakeKey intake,
                String studentId,
                Instant occurredAt,
                AdmissionDecision decision,
                Optional<String> reason,
                BigDecimal examScore) {
            this(intake, studentId, occurredAt, decision, reason, examScore, Optional.empty());
        }
    }

    /** The student held a seat and withdrew; the seat is free. */
    record SeatReleased(IntakeKey intake, String studentId, Instant occurredAt) implements IntakeEvent {
        public SeatReleased {
            requireFact(intake, studentId, occurredAt);
        }
    }

    /** The student was waiting for a seat and withdrew. */
    record ApplicantLeftWaitlist(IntakeKey intake, String studentId, Instant occurredAt) implements IntakeEvent {
        public ApplicantLeftWaitlist {
            requireFact(intake, studentId, occurredAt);
        }
    }

    /**
     * A freed seat goes to the first of the waitlist.
     *
     * @param studentId the promoted applicant
     * @param freedBy the student whose withdrawal freed the seat
     */
    record WaitlistPromotionGranted(IntakeKey intake, String studentId, Instant occurredAt, String freedBy)
            implements IntakeEvent {
        public WaitlistPromotionGranted {
            requireFact(intake, studentId, occurredAt);
            Objects.requireNonNull(freedBy, "freedBy");
        }
    }

    private static void requireFact(IntakeKey intake, String studentId, Instant occurredAt) {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
