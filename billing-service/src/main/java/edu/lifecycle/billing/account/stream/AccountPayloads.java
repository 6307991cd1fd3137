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

            @Schema(description = "Euros, at most two decimals", example = "1500.00")
            @NotNull
            @DecimalMin(value = "0.01")
            @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @NotNull PaymentMethod method,
            @NotNull Payer payer,
            @NotNull Instant receivedAt) {}

    public record OpenAccount(String programme, String academicYear, TrainingScheme scheme, LocalDate registeredOn) {}

    public record MarkOverdue(LocalDate today) {}

    public record SwitchPayerToEmployer(String contractId, String employer) {}

    public record CancelFutureInstalments(Instant withdrawnAt, String reason) {}
}
