package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import java.util.Optional;

/** Reads an account command out of its envelope. */
final class AccountCommands {

    private AccountCommands() {}

    static AccountCommand from(CommandEnvelope envelope) {
        var student = envelope.aggregateKey();
        var at = envelope.issuedAt();
        return switch (envelope.type()) {
            case AccountCommandTypes.OPEN_ACCOUNT -> {
                var body = envelope.payloadAs(AccountPayloads.OpenAccount.class);
                yield new AccountCommand.OpenAccount(
                        student, at, body.programme(), body.academicYear(), body.scheme(), body.registeredOn());
            }
            case AccountCommandTypes.CHOOSE_CASH_PLAN -> new AccountCommand.ChooseCashPlan(student, at);
            case AccountCommandTypes.RECORD_PAYMENT -> {
                var body = envelope.payloadAs(AccountPayloads.RecordPayment.class);
                yield new AccountCommand.RecordPayment(
                        student, at, body.reference(), body.amount(), body.method(), body.payer(), body.receivedAt());
            }
            case AccountCommandTypes.REFUND_CREDIT -> {
                var body = envelope.payloadAs(AccountPayloads.RefundCredit.class);
                // The bursar is the signed-in sender the gateway put on the envelope, never a field of the body.
                yield new AccountCommand.RefundCredit(
                        student,
                        at,
                        body.reference(),
                        body.amount(),
                        body.payee(),
                        Optional.ofNullable(envelope.actor()).filter(actor -> !actor.isBlank()));
            }
            case AccountCommandTypes.MARK_OVERDUE ->
                new AccountCommand.MarkOverdue(
                        student,
                        at,
                        envelope.payloadAs(AccountPayloads.MarkOverdue.class).today());
            case AccountCommandTypes.SWITCH_PAYER_TO_EMPLOYER -> {
                var body = envelope.payloadAs(AccountPayloads.SwitchPayerToEmployer.class);
                yield new AccountCommand.SwitchPayerToEmployer(student, at, body.contractId(), body.employer());
            }
            case AccountCommandTypes.CANCEL_FUTURE_INSTALMENTS ->
                new AccountCommand.CancelFutureInstalments(
                        student,
                        at,
                        envelope.payloadAs(AccountPayloads.CancelFutureInstalments.class)
                                .withdrawnAt());
            default -> throw new IllegalArgumentException("Unknown account command type '" + envelope.type() + "'");
        };
    }
}
