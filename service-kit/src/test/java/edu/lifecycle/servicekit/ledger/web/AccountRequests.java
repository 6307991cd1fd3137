package edu.lifecycle.servicekit.ledger.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Request bodies of the account API. */
final class AccountRequests {

    private AccountRequests() {}

    record OpenAccount(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "must be 1 to 40 letters, digits or dashes")
            String accountId,

            @NotBlank @Size(max = 100) String owner) {}

    record Amount(@NotNull @Positive Long amount) {}
}
