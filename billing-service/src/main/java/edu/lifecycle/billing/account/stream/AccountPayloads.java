package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.Payer;
import edu.lifecycle.billing.account.PaymentMethod;
import edu.lifecycle.billing.account.TrainingScheme;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The content of each account command: request bodies for the REST ones, policy payloads for the others. */
public final class AccountPayloads {

    private AccountPayloads() {}

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
            Instant receivedAt) {}

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
            Payer payee) {}

    public record OpenAccount(String programme, String academicYear, TrainingScheme scheme, LocalDate registeredOn) {}

    public record MarkOverdue(LocalDate today) {}

    public record SwitchPayerToEmployer(String contractId, String employer) {}

    public record CancelFutureInstalments(Instant withdrawnAt, String reason) {}
}
