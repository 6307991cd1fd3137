package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What may be asked of a student's tuition account; every command carries the time it was issued. */
public sealed interface AccountCommand {

    /** Unique per intent: the same id twice is one command, decided once. */
    String commandId();

    String studentId();

    Instant issuedAt();

    /** From admissions' {@code StudentEnrolled}. */
    record OpenAccount(
            String commandId,
            String studentId,
            Instant issuedAt,
            String programme,
            String academicYear,
            TrainingScheme scheme,
            LocalDate registeredOn)
            implements AccountCommand {}

    record ChooseCashPlan(String commandId, String studentId, Instant issuedAt) implements AccountCommand {}

    record RecordPayment(
            String commandId,
            String studentId,
            Instant issuedAt,
            String reference,
            BigDecimal amount,
            PaymentMethod method,
            Payer payer,
            Instant receivedAt)
            implements AccountCommand {}

    /**
     * A bursar pays back part or all of a payer's credit; the reference identifies the refund.
     *
     * @param staffId the signed-in bursar who sent it (their token's staff id); empty when nobody signed in did
     */
    record RefundCredit(
            String commandId,
            String studentId,
            Instant issuedAt,
            String reference,
            BigDecimal amount,
            Payer payee,
            Optional<String> staffId)
            implements AccountCommand {
        public RefundCredit {
            Objects.requireNonNull(staffId, "staffId");
        }

        public RefundCredit(
                String commandId,
                String studentId,
                Instant issuedAt,
                String reference,
                BigDecimal amount,
                Payer payee) {
            this(commandId, studentId, issuedAt, reference, amount, payee, Optional.empty());
        }
    }

    /** From the overdue scan: which lines are overdue on {@code today}. */
    record MarkOverdue(String commandId, String studentId, Instant issuedAt, LocalDate today)
            implements AccountCommand {}

    /** From placement's {@code WorkStudyContractSigned}. */
    record SwitchPayerToEmployer(
            String commandId, String studentId, Instant issuedAt, String contractId, String employer)
            implements AccountCommand {}

    /** From admissions' {@code EnrollmentWithdrawn}. */
    record CancelFutureInstalments(String commandId, String studentId, Instant issuedAt, Instant withdrawnAt)
            implements AccountCommand {}
}
