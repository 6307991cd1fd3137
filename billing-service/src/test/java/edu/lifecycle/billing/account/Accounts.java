package edu.lifecycle.billing.account;

import edu.lifecycle.billing.account.AccountCommand.CancelFutureInstalments;
import edu.lifecycle.billing.account.AccountCommand.ChooseCashPlan;
import edu.lifecycle.billing.account.AccountCommand.MarkOverdue;
import edu.lifecycle.billing.account.AccountCommand.OpenAccount;
import edu.lifecycle.billing.account.AccountCommand.RecordPayment;
import edu.lifecycle.billing.account.AccountCommand.RefundCredit;
import edu.lifecycle.billing.account.AccountCommand.SwitchPayerToEmployer;
import edu.lifecycle.servicekit.decision.Decision;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tuition accounts in the words of the bursar's office, for the unit tests. */
public final class Accounts {

    /** The id of every command a domain test builds: the decider never reads it. */
    public static final String COMMAND_ID = "command-1";

    public static final String STUDENT = "stu-1";
    public static final String YEAR = "2026-2027";
    public static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");
    public static final LocalDate REGISTERED_ON = LocalDate.parse("2026-09-01");
    public static final List<LocalDate> INSTALMENT_DATES = List.of(
            LocalDate.parse("2026-10-15"),
            LocalDate.parse("2026-11-15"),
            LocalDate.parse("2026-12-15"),
            LocalDate.parse("2027-01-15"),
            LocalDate.parse("2027-02-15"),
            LocalDate.parse("2027-03-15"));

    private Accounts() {}

    /** M2-ISD as shipped: 9,750.00 with a 1,500.00 deposit, six instalments, 5 % cash discount, 15 days' grace. */
    public static TuitionCatalog catalog() {
        return catalog(Money.of("9750.00"));
    }

    public static TuitionCatalog catalog(BigDecimal fee) {
        return TuitionCatalog.of(
                List.of(new TuitionTerms(
                        "M2-ISD",
                        fee,
                        Money.of("1500.00"),
                        InstalmentPlan.listed(Map.of(YEAR, INSTALMENT_DATES)),
                        new BigDecimal("0.05"),
                        Period.ofDays(15))),
                ZoneId.of("Europe/Paris"));
    }

    /** M2-ISD with its dates by the shipped rule: six, monthly from 15 October, in any academic year. */
    public static TuitionCatalog catalogByRule() {
        return TuitionCatalog.of(
                List.of(new TuitionTerms(
                        "M2-ISD",
                        Money.of("9750.00"),
                        Money.of("1500.00"),
                        InstalmentPlan.monthly(6, MonthDay.of(10, 15)),
                        new BigDecimal("0.05"),
                        Period.ofDays(15))),
                ZoneId.of("Europe/Paris"));
    }

    public static OpenAccount enrollment(TrainingScheme scheme) {
        return new OpenAccount(COMMAND_ID, STUDENT, NOW, "M2-ISD", YEAR, scheme, REGISTERED_ON);
    }

    /** Registered on {@code day} (ISO), the command issued that morning. */
    public static OpenAccount enrollmentOn(String day, TrainingScheme scheme) {
        var registeredOn = LocalDate.parse(day);
        return new OpenAccount(COMMAND_ID, STUDENT, at(day), "M2-ISD", YEAR, scheme, registeredOn);
    }

    /** 10:00 in Paris on {@code day} (ISO). */
    public static Instant at(String day) {
        return LocalDate.parse(day)
                .atTime(10, 0)
                .atZone(ZoneId.of("Europe/Paris"))
                .toInstant();
    }

    public static RecordPayment paymentOn(String day, String reference, String amount, Payer payer) {
        return new RecordPayment(
                COMMAND_ID,
                STUDENT,
                at(day),
                reference,
                new BigDecimal(amount),
                PaymentMethod.TRANSFER,
                payer,
                at(day));
    }

    public static RefundCredit refund(String reference, String amount, Payer payee) {
        return new RefundCredit(COMMAND_ID, STUDENT, NOW, reference, new BigDecimal(amount), payee);
    }

    public static RecordPayment payment(String reference, String amount) {
        return payment(reference, amount, Payer.STUDENT);
    }

    public static RecordPayment payment(String reference, String amount, Payer payer) {
        return new RecordPayment(
                COMMAND_ID,
                STUDENT,
                NOW,
                reference,
                new BigDecimal(amount),
                PaymentMethod.TRANSFER,
                payer,
                NOW.minusSeconds(60));
    }

    public static ChooseCashPlan cashPlan() {
        return new ChooseCashPlan(COMMAND_ID, STUDENT, NOW);
    }

    public static MarkOverdue overdueCheck(String today) {
        return new MarkOverdue(COMMAND_ID, STUDENT, NOW, LocalDate.parse(today));
    }

    public static SwitchPayerToEmployer workStudyContract(String contractId) {
        return new SwitchPayerToEmployer(COMMAND_ID, STUDENT, NOW, contractId, "Thales");
    }

    public static CancelFutureInstalments withdrawal(String on) {
        return new CancelFutureInstalments(COMMAND_ID, STUDENT, NOW, Instant.parse(on + "T10:00:00Z"));
    }

    public static SwitchPayerToEmployer workStudyContractOn(String day, String contractId, String employer) {
        return new SwitchPayerToEmployer(COMMAND_ID, STUDENT, at(day), contractId, employer);
    }

    /**
     * A student who paid the deposit, chose the cash plan, overpaid it and was refunded part of the credit: a discount,
     * replaced lines, a cash line, two payments, a refund, settled.
     */
    public static Account onTheCashPlanSettledAndRefunded() {
        var ledger = Ledger.opened();
        ledger.accepted(paymentOn("2026-09-01", "ref-1", "1500.00", Payer.STUDENT));
        ledger.accepted(cashPlan());
        ledger.accepted(paymentOn("2026-09-02", "ref-2", "8000.00", Payer.STUDENT));
        ledger.accepted(refund("ref-r1", "200.00", Payer.STUDENT));
        return ledger.account();
    }

    /**
     * A student who paid the deposit, fell behind, was taken over by Thales (reimbursed, Thales invoiced), Thales paid
     * part and fell behind in turn, and the student withdrew: an employer, reimbursed and invoiced amounts, overdue
     * and cancelled lines.
     */
    public static Account workStudyOverdueAndWithdrawn() {
        var ledger = Ledger.opened();
        ledger.accepted(paymentOn("2026-09-01", "ref-1", "1500.00", Payer.STUDENT));
        ledger.accepted(overdueCheck("2026-11-01"));
        ledger.accepted(workStudyContractOn("2026-11-02", "ctr-1", "Thales"));
        ledger.accepted(paymentOn("2026-11-20", "ref-e1", "2000.00", Payer.EMPLOYER));
        ledger.accepted(overdueCheck("2027-01-05"));
        ledger.accepted(withdrawal("2027-01-10"));
        return ledger.account();
    }

    /** A decider and the account it has built so far, for tests that walk an account through its life. */
    public static final class Ledger {

        public final AccountDecider decider;
        private Account account;

        public Ledger(TuitionCatalog catalog) {
            this.decider = new AccountDecider(catalog);
        }

        public static Ledger opened() {
            return opened(TrainingScheme.INITIAL);
        }

        public static Ledger opened(TrainingScheme scheme) {
            var ledger = new Ledger(catalog());
            ledger.accepted(enrollment(scheme));
            return ledger;
        }

        public Decision<AccountEvent> decide(AccountCommand command) {
            var decision = decider.decide(Optional.ofNullable(account), command);
            if (decision instanceof Decision.Accepted<AccountEvent> accepted) {
                for (var event : accepted.events()) {
                    account = decider.evolve(Optional.ofNullable(account), event);
                }
            }
            return decision;
        }

        public List<AccountEvent> accepted(AccountCommand command) {
            var decision = decide(command);
            if (decision instanceof Decision.Accepted<AccountEvent> accepted) {
                return accepted.events();
            }
            throw new AssertionError("refused: " + decision);
        }

        public String refusal(AccountCommand command) {
            var decision = decide(command);
            if (decision instanceof Decision.Rejected<AccountEvent> rejected) {
                return rejected.rejection().rule();
            }
            throw new AssertionError("accepted: " + decision);
        }

        public Account account() {
            return account;
        }

        public ScheduleLine line(String lineId) {
            return account.schedule().lines().stream()
                    .filter(line -> line.lineId().equals(lineId))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
