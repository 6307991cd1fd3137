package edu.lifecycle.servicekit.ledger.stream;

import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.ledger.account.AccountCommand;
import edu.lifecycle.servicekit.ledger.account.AccountCommand.Deposit;
import edu.lifecycle.servicekit.ledger.account.AccountCommand.Withdraw;

/**
 * The internal format of the account's commands on {@code ledger.commands}, derived from {@link AccountCommand}: each
 * type named after its record ({@code open-account}, {@code deposit}, {@code withdraw}), the account id and time
 * carried by the envelope, a movement's reference derived from the command id, the rest the payload.
 */
public final class AccountCommandFormat {

    public static final CommandCodec<AccountCommand> CODEC = CommandCodec.of(AccountCommand.class)
            .keyedBy("accountId")
            .derived(Deposit.class, "reference", CommandEnvelope::commandId)
            .derived(Withdraw.class, "reference", CommandEnvelope::commandId)
            .build();

    private AccountCommandFormat() {}
}
