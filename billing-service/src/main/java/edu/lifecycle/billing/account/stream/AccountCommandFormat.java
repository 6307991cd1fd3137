package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.servicekit.command.CommandCodec;

/**
 * The internal format of the account's commands on {@code billing.commands}, derived from {@link AccountCommand}: each
 * type named after its record ({@code record-payment}), the student id, time, command id and signed-in sender
 * ({@code staffId}) carried by the envelope, the rest the payload. Pinned by {@code AccountCommandFormatTest}.
 */
public final class AccountCommandFormat {

    public static final CommandCodec<AccountCommand> CODEC =
            CommandCodec.of(AccountCommand.class).build();

    private AccountCommandFormat() {}
}
