package edu.lifecycle.servicekit.ledger.web;

import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.ledger.account.AccountCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Request bodies of the account API, and the account command each asks for. */
final class AccountRequests {

    private AccountRequests() {}

    record OpenAccount(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "must be 1 to 40 letters, digits or dashes")
            String accountId,

            @NotBlank @Size(max = 100) String owner) {

        AccountCommand.OpenAccount toCommand(CommandMeta meta) {
            return new AccountCommand.OpenAccount(accountId, owner, meta.issuedAt());
        }
    }

    record Amount(@NotNull @Positive Long amount) {

        AccountCommand.Deposit toDeposit(CommandMeta meta, String accountId) {
            return new AccountCommand.Deposit(accountId, meta.commandId(), amount, meta.issuedAt());
        }

        AccountCommand.Withdraw toWithdrawal(CommandMeta meta, String accountId) {
            return new AccountCommand.Withdraw(accountId, meta.commandId(), amount, meta.issuedAt());
        }
    }
}
