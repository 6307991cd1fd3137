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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The account's invariants under random lives: a registration anywhere in the year, then random payments (by the
 * student or an employer, of any size), cash plans, overdue scans, work-study contracts, withdrawals and refunds, each
 * on a later day. After every command, accepted or not, the account must still add up.
 */
class AccountPropertiesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Period GRACE = Period.ofDays(15);

    @Property(tries = 400)
    void anAccountAlwaysAddsUp(@ForAll("registrations") OpenAccount registration, @ForAll("lives") List<Step> life) {
        var ledger = new Ledger(Accounts.catalog());
        ledger.accepted(registration);
        var books = new Books();
        var day = registration.registeredOn();
        int sequence = 0;
        for (var step : life) {
            day = day.plusDays(step.daysLater());
            var command = step.command(registration.studentId(), day, sequence++);
            var decision = ledger.decide(command);
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
    }

    private static void assertAddsUp(Account account, Books books) {
        // paid = what the accepted payments brought, less what was reimbursed and refunded
        assertThat(account.paid())
                .isEqualByComparingTo(books.received.subtract(books.reimbursed).subtract(books.refunded));
        assertThat(account.received()).isEqualByComparingTo(books.received);
        // nothing owed is ever negative, and no line holds more than it asks
        assertThat(account.owed().signum()).isNotNegative();
        assertThat(account.lines()).allSatisfy(line -> {
            assertThat(line.outstanding().signum()).isNotNegative();
            assertThat(line.paid()).isLessThanOrEqualTo(line.amount());
        });
        // money is conserved per payer: the lines never hold more than the payer left with the school
        for (var payer : Payer.values()) {
            var kept = account.receivedFrom(payer)
                    .subtract(account.refundedTo(payer))
                    .subtract(payer == Payer.STUDENT ? account.reimbursed() : Money.ZERO);
            var held = Money.sum(
                    account.lines().stream().map(line -> line.paidBy(payer)).toList());
            assertThat(held).isLessThanOrEqualTo(kept);
            assertThat(held.add(account.creditOf(payer))).isEqualByComparingTo(kept);
        }
        // settled exactly when nothing is owed
        assertThat(account.settled()).isEqualTo(account.owed().signum() == 0);
        // credit is applied to lines still owed before it can stay credit
        if (account.credit().signum() > 0) {
            assertThat(account.owed()).isEqualByComparingTo(Money.ZERO);
        }
        // the deposit is settled before any instalment
        var deposit = account.line(OpeningAccount.DEPOSIT_LINE).orElseThrow();
        if (account.lines().stream()
                .anyMatch(line ->
                        line.kind() == LineKind.INSTALMENT && line.paid().signum() > 0)) {
            assertThat(deposit.paid()).isEqualByComparingTo(deposit.amount());
        }
        // a student's money never stays on an account the employer pays, and nobody is late toward nobody
        if (account.payer() == Payer.EMPLOYER && account.employer() != null) {
            assertThat(account.lines())
                    .allSatisfy(line -> assertThat(line.paidByStudent()).isEqualByComparingTo(Money.ZERO));
        }
        if (account.awaitingEmployer()) {
            assertThat(account.lines()).noneMatch(ScheduleLine::overdue);
        }
    }

    private static void assertNotOverdueEarly(Account account, InstalmentOverdue overdue, LocalDate today) {
        var line = account.line(overdue.lineId()).orElseThrow();
        assertThat(overdue.dueOn()).isAfterOrEqualTo(line.dueOn());
        assertThat(today).isAfter(overdue.dueOn().plus(GRACE));
    }

    @Provide
    Arbitrary<OpenAccount> registrations() {
        var days = Arbitraries.integers()
                .between(0, 240)
                .map(offset -> LocalDate.of(2026, 8, 1).plusDays(offset));
        var schemes = Arbitraries.of(TrainingScheme.class);
        return Combinators.combine(days, schemes)
                .as((day, scheme) ->
                        new OpenAccount(Accounts.STUDENT, instantOn(day), "M2-ISD", Accounts.YEAR, scheme, day));
    }

    @Provide
    Arbitrary<List<Step>> lives() {
        var later = Arbitraries.integers().between(0, 45);
        var cents = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 1_200_000),
                Arbitraries.of(150_000L, 137_500L, 926_250L, 776_250L, 975_000L));
        var payers = Arbitraries.of(Payer.class);
        Arbitrary<Step> payment =
                Combinators.combine(later, cents, payers).as(Step.Pay::new).map(Step.class::cast);
        Arbitrary<Step> repeatedPayment = later.map(Step.PayAgain::new);
        Arbitrary<Step> cashPlan = later.map(Step.CashPlan::new);
        Arbitrary<Step> scan = later.map(Step.Scan::new);
        Arbitrary<Step> contract = later.map(Step.Contract::new);
        Arbitrary<Step> withdrawal = later.map(Step.Withdraw::new);
        Arbitrary<Step> refund =
                Combinators.combine(later, cents, payers).as(Step.Refund::new).map(Step.class::cast);
        Arbitrary<Step> refundAll =
                Combinators.combine(later, payers).as(Step.RefundAll::new).map(Step.class::cast);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, payment),
                        net.jqwik.api.Tuple.of(1, repeatedPayment),
                        net.jqwik.api.Tuple.of(2, cashPlan),
                        net.jqwik.api.Tuple.of(4, scan),
                        net.jqwik.api.Tuple.of(1, contract),
                        net.jqwik.api.Tuple.of(1, withdrawal),
                        net.jqwik.api.Tuple.of(1, refund),
                        net.jqwik.api.Tuple.of(1, refundAll))
                .list()
                .ofMaxSize(25);
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
                return new ChooseCashPlan(student, instantOn(day));
            }
        }

        record Scan(int daysLater) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new MarkOverdue(student, instantOn(day), day);
            }
        }

        record Contract(int daysLater) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new SwitchPayerToEmployer(
                        student, instantOn(day), "contract-" + sequence, "Employer " + sequence);
            }
        }

        record Withdraw(int daysLater) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new CancelFutureInstalments(student, instantOn(day), instantOn(day));
            }
        }

        record Refund(int daysLater, long cents, Payer payee) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new RefundCredit(
                        student, instantOn(day), "refund-" + sequence, BigDecimal.valueOf(cents, 2), payee);
            }
        }

        /** A refund of a large round sum, most often more than the credit: it must be refused whole. */
        record RefundAll(int daysLater, Payer payee) implements Step {
            @Override
            public AccountCommand command(String student, LocalDate day, int sequence) {
                return new RefundCredit(student, instantOn(day), "refund-" + sequence, new BigDecimal("50.00"), payee);
            }
        }
    }
}
