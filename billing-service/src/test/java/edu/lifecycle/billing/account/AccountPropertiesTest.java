package edu.lifecycle.billing.account;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.billing.account.AccountCommand.CancelFutureInstalments;
import edu.lifecycle.billing.account.AccountCommand.ChooseCashPlan;
import edu.lifecycle.billing.account.AccountCommand.MarkOverdue;
import edu.lifecycle.billing.account.AccountCommand.OpenAccount;
import edu.lifecycle.billing.account.AccountCommand.RecordPayment;
import edu.lifecycle.billing.account.AccountCommand.RefundCredit;
import edu.lifecycle.billing.account.AccountCommand.SwitchPayerToEmployer;
import edu.lifecycle.billing.account.AccountEvent.CreditRefunded;
import edu.lifecycle.billing.account.AccountEvent.InstalmentOverdue;
import edu.lifecycle.billing.account.AccountEvent.PaymentReceived;
import edu.lifecycle.billing.account.AccountEvent.TuitionReimbursed;
import edu.lifecycle.billing.account.Accounts.Ledger;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.testing.Trials;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The account's invariants under random lives: a registration anywhere in the year, then random payments (by the
 * student or an employer, of any size), cash plans, overdue scans, work-study contracts, withdrawals and refunds, each
 * on a later day. After every command, accepted or not, the account must still add up.
 */
class AccountPropertiesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Period GRACE = Period.ofDays(15);

    @Test
    void anAccountAlwaysAddsUp() {
        Trials.check(400, (random, steps) -> {
            OpenAccount registration = registration(random);
            steps.add("registered " + registration.registeredOn() + " as " + registration.scheme());
            var ledger = new Ledger(Accounts.catalog());
            ledger.accepted(registration);
            var books = new Books();
            var day = registration.registeredOn();
            int sequence = 0;
            for (var step : life(random)) {
                day = day.plusDays(step.daysLater());
                var command = step.command(registration.studentId(), day, sequence++);
                var decision = ledger.decide(command);
                steps.add(day + " " + step + (decision instanceof Decision.Accepted<?> ? "" : " (refused)"));
                if (decision instanceof Decision.Accepted<AccountEvent> accepted) {
                    books.record(accepted.events());
                    for (var event : accepted.events()) {
                        if (event instanceof InstalmentOverdue overdue) {
                            assertNotOverdueEarly(ledger.account(), overdue, day);
                        }
                    }
                }
                assertAddsUp(ledger.account(), books);
            }
        });
    }

    private static void assertAddsUp(Account account, Books books) {
        // paid = what the accepted payments brought, less what was reimbursed and refunded
        assertThat(account.paid())
                .isEqualByComparingTo(books.received.subtract(books.reimbursed).subtract(books.refunded));
        assertThat(account.received()).isEqualByComparingTo(books.received);
        // nothing owed is ever negative, and no line holds more than it asks
        assertThat(account.owed().signum()).isNotNegative();
        assertThat(account.schedule().lines()).allSatisfy(line -> {
            assertThat(line.outstanding().signum()).isNotNegative();
            assertThat(line.paid()).isLessThanOrEqualTo(line.amount());
        });
        // money is conserved per payer: the lines never hold more than the payer left with the school
        for (var payer : Payer.values()) {
            var kept = account.receivedFrom(payer)
                    .subtract(account.refundedTo(payer))
                    .subtract(payer == Payer.STUDENT ? account.movements().reimbursed() : Money.ZERO);
            var held = Money.sum(account.schedule().lines().stream()
                    .map(line -> line.paidBy(payer))
                    .toList());
            assertThat(held).isLessThanOrEqualTo(kept);
            assertThat(held.add(account.creditOf(payer))).isEqualByComparingTo(kept);
        }
        // settled exactly when nothing is owed
        assertThat(account.closing().settled()).isEqualTo(account.owed().signum() == 0);
        // credit is applied to lines still owed before it can stay credit
        if (account.credit().signum() > 0) {
            assertThat(account.owed()).isEqualByComparingTo(Money.ZERO);
        }
        // the deposit is settled before any instalment
        var deposit = account.line(OpeningAccount.DEPOSIT_LINE).orElseThrow();
        if (account.schedule().lines().stream()
                .anyMatch(line ->
                        line.kind() == LineKind.INSTALMENT && line.paid().signum() > 0)) {
            assertThat(deposit.paid()).isEqualByComparingTo(deposit.amount());
        }
        // a student's money never stays on an account the employer pays, and nobody is late toward nobody
        if (account.funding().payer() == Payer.EMPLOYER && account.funding().employer() != null) {
            assertThat(account.schedule().lines())
                    .allSatisfy(line -> assertThat(line.paidByStudent()).isEqualByComparingTo(Money.ZERO));
        }
        if (account.awaitingEmployer()) {
            assertThat(account.schedule().lines()).noneMatch(ScheduleLine::overdue);
        }
    }

    private static void assertNotOverdueEarly(Account account, InstalmentOverdue overdue, LocalDate today) {
        var line = account.line(overdue.lineId()).orElseThrow();
        assertThat(overdue.dueOn()).isAfterOrEqualTo(line.dueOn());
        assertThat(today).isAfter(overdue.dueOn().plus(GRACE));
    }

    /** A registration on any day from August to late March, in either scheme. */
    private static OpenAccount registration(SplittableRandom random) {
        var day = LocalDate.of(2026, 8, 1).plusDays(random.nextInt(241));
        var scheme = TrainingScheme.values()[random.nextInt(TrainingScheme.values().length)];
        return new OpenAccount(
                Accounts.COMMAND_ID, Accounts.STUDENT, instantOn(day), "M2-ISD", Accounts.YEAR, scheme, day);
    }

    /** Up to 25 steps, payments most often, each 0 to 45 days after the previous one. */
    private static List<Step> life(SplittableRandom random) {
        List<Step> life = new ArrayList<>();
        int length = random.nextInt(26);
        for (int i = 0; i < length; i++) {
            int later = random.nextInt(46);
            int pick = random.nextInt(17);
            life.add(
                    pick < 6
                            ? new Step.Pay(later, cents(random), payer(random))
                            : pick < 7
                                    ? new Step.PayAgain(later)
                                    : pick < 9
                                            ? new Step.CashPlan(later)
                                            : pick < 13
                                                    ? new Step.Scan(later)
                                                    : pick < 14
                                                            ? new Step.Contract(later)
                                                            : pick < 15
                                                                    ? new Step.Withdraw(later)
                                                                    : pick < 16
                                                                            ? new Step.Refund(
                                                                                    later, cents(random), payer(random))
                                                                            : new Step.RefundAll(later, payer(random)));
        }
        return life;
    }

    /** Any amount up to 12,000.00, or one of the amounts a schedule asks (deposit, instalment, cash prices, fee). */
    private static long cents(SplittableRandom random) {
        long[] scheduled = {150_000L, 137_500L, 926_250L, 776_250L, 975_000L};
        return random.nextBoolean() ? 1 + random.nextLong(1_200_000) : scheduled[random.nextInt(scheduled.length)];
    }

    private static Payer payer(SplittableRandom random) {
        return Payer.values()[random.nextInt(Payer.values().length)];
    }

    private static Instant instantOn(LocalDate day) {
        return day.atTime(11, 0).atZone(PARIS).toInstant();
    }

    /** What the test itself counts from the accepted events, to hold the account to. */
    private static final class Books {
        BigDecimal received = Money.ZERO;
        BigDecimal reimbursed = Money.ZERO;
        BigDecimal refunded = Money.ZERO;

        void record(List<AccountEvent> events) {
            for (var event : events) {
                if (event instanceof PaymentReceived payment) {
                    received = received.add(payment.payment().amount());
                } else if (event instanceof TuitionReimbursed reimbursement) {
                    reimbursed = reimbursed.add(reimbursement.amount());
                } else if (event instanceof CreditRefunded refund) {
                    refunded = refunded.add(refund.amount());
                }
            }
        }
    }

    /** One thing that happens to the account, some days after the previous one. */
    sealed interface Step {

        int daysLater();

        AccountCommand command(String student, LocalDate day, int sequence);

        record Pay(int daysLater, long cents, Payer payer) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new RecordPayment(
                        Accounts.COMMAND_ID,
                        student,
                        instantOn(day),
                        "pay-" + sequence,
                        BigDecimal.valueOf(cents, 2),
                        PaymentMethod.TRANSFER,
                        payer,
                        instantOn(day));
            }
        }

        /** The bank reports the first payment again. */
        record PayAgain(int daysLater) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new RecordPayment(
                        Accounts.COMMAND_ID,
                        student,
                        instantOn(day),
                        "pay-0",
                        new BigDecimal("100.00"),
                        PaymentMethod.CARD,
                        Payer.STUDENT,
                        instantOn(day));
            }
        }

        record CashPlan(int daysLater) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new ChooseCashPlan(Accounts.COMMAND_ID, student, instantOn(day));
            }
        }

        record Scan(int daysLater) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new MarkOverdue(Accounts.COMMAND_ID, student, instantOn(day), day);
            }
        }

        record Contract(int daysLater) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new SwitchPayerToEmployer(
                        Accounts.COMMAND_ID, student, instantOn(day), "contract-" + sequence, "Employer " + sequence);
            }
        }

        record Withdraw(int daysLater) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new CancelFutureInstalments(Accounts.COMMAND_ID, student, instantOn(day), instantOn(day));
            }
        }

        record Refund(int daysLater, long cents, Payer payee) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new RefundCredit(
                        Accounts.COMMAND_ID,
                        student,
                        instantOn(day),
                        "refund-" + sequence,
                        BigDecimal.valueOf(cents, 2),
                        payee);
            }
        }

        /** A refund of a large round sum, most often more than the credit: it must be refused whole. */
        record RefundAll(int daysLater, Payer payee) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new RefundCredit(
                        Accounts.COMMAND_ID,
                        student,
                        instantOn(day),
                        "refund-" + sequence,
                        new BigDecimal("50.00"),
                        payee);
            }
        }
    }
}
