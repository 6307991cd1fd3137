package edu.lifecycle.billing.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to a tuition account. Names and fields follow the {@code billing.events} schemas one to one, so the
 * edge translates both ways and the read models fold the very same events. Events carry no id: the edge derives it
 * from the command and the event's position.
 */
public sealed interface AccountEvent {

    String studentId();

    Instant occurredAt();

    record TuitionAccountOpened(
            String studentId,
            Instant occurredAt,
            String programme,
            String academicYear,
            BigDecimal tuitionFee,
            BigDecimal deposit,
            Payer payer,
            List<ScheduleLine> schedule)
            implements AccountEvent {
        public TuitionAccountOpened {
            schedule = List.copyOf(schedule);
        }
    }

    record CashPlanChosen(
            String studentId,
            Instant occurredAt,
            String cashLineId,
            List<String> replacedLineIds,
            BigDecimal discount,
            BigDecimal amountDue,
            LocalDate dueOn)
            implements AccountEvent {
        public CashPlanChosen {
            replacedLineIds = List.copyOf(replacedLineIds);
        }
    }

    record PaymentReceived(String studentId, Instant occurredAt, Payment payment) implements AccountEvent {}

    record InstalmentOverdue(
            String studentId, Instant occurredAt, String lineId, BigDecimal amountOutstanding, LocalDate dueOn)
            implements AccountEvent {}

    record TuitionReimbursed(
            String studentId, Instant occurredAt, BigDecimal amount, String employer, String contractId)
            implements AccountEvent {}

    record EmployerInvoiced(String studentId, Instant occurredAt, String employer, BigDecimal amount, String contractId)
            implements AccountEvent {}

    record InstalmentsCancelled(String studentId, Instant occurredAt, List<String> lineIds, BigDecimal amountCancelled)
            implements AccountEvent {
        public InstalmentsCancelled {
            lineIds = List.copyOf(lineIds);
        }
    }

    /** A bursar paid a credit back to the payer it came from; {@code staffId} is that bursar's, when signed in. */
    record CreditRefunded(
            String studentId,
            Instant occurredAt,
            String reference,
            BigDecimal amount,
            Payer payee,
            Optional<String> staffId)
            implements AccountEvent {
        public CreditRefunded {
            Objects.requireNonNull(staffId, "staffId");
        }

        public CreditRefunded(String studentId, Instant occurredAt, String reference, BigDecimal amount, Payer payee) {
            this(studentId, occurredAt, reference, amount, payee, Optional.empty());
        }
    }

    record TuitionSettled(String studentId, Instant occurredAt, BigDecimal totalPaid) implements AccountEvent {}
}
