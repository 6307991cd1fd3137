package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.PaymentMethod;
import edu.lifecycle.billing.account.TrainingScheme;
import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.testing.CommandFormatContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The internal format of the account's commands (ADR 17), checked by the kit's contract: the previous release's envelopes,
 * pinned in {@code commands/previous-release/} (generated with that release's code), and the shape snapshot.
 */
class AccountCommandFormatTest extends CommandFormatContract<AccountCommand> {

    private static final String STUDENT = "stu-1";
    private static final Instant AT = Instant.parse("2026-09-02T10:15:30Z");

    /** What each pinned envelope holds, as a domain command. */
    static final Map<String, AccountCommand> PREVIOUS_RELEASE = Map.of(
            "open-account",
            new AccountCommand.OpenAccount(
                    "policy:enrollments:evt-1",
                    STUDENT,
                    AT,
                    "MSC-DS",
                    "2026-2027",
                    TrainingScheme.INITIAL,
                    LocalDate.parse("2026-08-20")),
            "choose-cash-plan",
            new AccountCommand.ChooseCashPlan("c-choose-cash-plan", STUDENT, AT),
            "record-payment",
            new AccountCommand.RecordPayment(
                    "c-record-payment",
                    STUDENT,
                    AT,
                    "bank-42",
                    new BigDecimal("1500.00"),
                    PaymentMethod.CARD,
                    Payer.STUDENT,
                    Instant.parse("2026-09-02T09:00:00Z")),
            "refund-credit",
            new AccountCommand.RefundCredit(
                    "c-refund-credit",
                    STUDENT,
                    AT,
                    "refund-7",
                    new BigDecimal("250.00"),
                    Payer.STUDENT,
                    Optional.of("bursar.anna")),
            "mark-overdue",
            new AccountCommand.MarkOverdue("mark-overdue:stu-1:2026-10-15", STUDENT, AT, LocalDate.parse("2026-10-15")),
            "switch-payer-to-employer",
            new AccountCommand.SwitchPayerToEmployer(
                    "policy:work-study-contracts:evt-3", STUDENT, AT, "contract-9", "Acme Analytics"),
            "cancel-future-instalments",
            new AccountCommand.CancelFutureInstalments(
                    "policy:enrollments:evt-2", STUDENT, AT, Instant.parse("2026-10-01T12:00:00Z")));

    @Override
    protected CommandCodec<AccountCommand> codec() {
        return AccountCommandFormat.CODEC;
    }

    @Override
    protected Map<String, AccountCommand> previousRelease() {
        return PREVIOUS_RELEASE;
    }

    @Override
    protected String shapeResource() {
        return "commands/account-commands.shape";
    }

    @Override
    protected String writtenNow(String type, String previous) {
        // The previous release also wrote the withdrawal's reason, which no account decision ever read.
        return type.equals("cancel-future-instalments")
                ? previous.replace(",\"reason\":\"moved abroad\"", "")
                : previous;
    }
}
