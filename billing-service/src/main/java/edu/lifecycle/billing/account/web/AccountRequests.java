package edu.lifecycle.billing.account.web;

import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.PaymentMethod;
import edu.lifecycle.servicekit.command.CommandMeta;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The request bodies of the account's REST commands: the public contract, with its OpenAPI description and
 * validation. The controller turns each into the domain command the gateway sends; the internal command format is
 * that command's own encoding ({@code AccountCommandFormat.CODEC}), so renaming a field here never breaks a command
 * already queued.
 */
public final class AccountRequests {

    private AccountRequests() {}

    /** A payment as the bank or the cashier reports it; its reference identifies it for ever. */
    public record RecordPayment(
            @Schema(description = "The external payment reference; the same reference twice is the same payment")
            @NotBlank
            @Size(max = 100)
            String reference,

            @Schema(
                    description = "Euros, at most two decimals: a decimal string like every amount billing "
                            + "answers with (a JSON number is read too)",
                    type = "string",
                    format = "decimal",
                    example = "1500.00")
            @NotNull
            @DecimalMin(value = "0.01")
            @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @NotNull PaymentMethod method,
            @NotNull Payer payer,

            @Schema(
                    description = "When the money was received; not in the future (beyond a few minutes of "
                            + "clock skew) and not before the registration date",
                    example = "2026-09-02T09:00:00Z")
            @NotNull
            Instant receivedAt) {

        AccountCommand.RecordPayment toCommand(CommandMeta meta, String studentId) {
            return new AccountCommand.RecordPayment(
                    meta.commandId(), studentId, meta.issuedAt(), reference, amount, method, payer, receivedAt);
        }
    }

    /** A bursar paying back credit; the reference (e.g. of the outgoing transfer) identifies the refund for ever. */
    public record RefundCredit(
            @Schema(description = "The refund's own reference; the same reference twice is the same refund")
            @NotBlank
            @Size(max = 100)
            String reference,

            @Schema(
                    description = "Euros, at most two decimals; at most the payee's credit",
                    type = "string",
                    format = "decimal",
                    example = "250.00")
            @NotNull
            @DecimalMin(value = "0.01")
            @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @Schema(description = "Who gets the money back: the payer whose credit it is") @NotNull
            Payer payee) {

        /** The bursar is the signed-in sender the gateway knows, never a field of the body. */
        AccountCommand.RefundCredit toCommand(CommandMeta meta, String studentId) {
            return new AccountCommand.RefundCredit(
                    meta.commandId(), studentId, meta.issuedAt(), reference, amount, payee, meta.actor());
        }
    }
}
