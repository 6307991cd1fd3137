package edu.lifecycle.servicekit.ledger.stream;

import edu.lifecycle.servicekit.ledger.account.AccountCommand;
import edu.lifecycle.servicekit.ledger.bank.TransferReceived;
import edu.lifecycle.servicekit.stream.PolicyCommand;
import edu.lifecycle.servicekit.stream.PolicyTranslator;
import java.util.Optional;

/** A transfer in euros received by the bank is a deposit on the account; other currencies are not ours. */
public final class TransferPolicy implements PolicyTranslator<TransferReceived> {

    public static final String NAME = "bank-transfers";

    @Override
    public Optional<PolicyCommand> translate(String key, TransferReceived transfer) {
        if (transfer == null || !"EUR".equals(transfer.getCurrency())) {
            return Optional.empty();
        }
        if (transfer.getAmountMinor() <= 0) {
            throw new IllegalArgumentException(
                    "A transfer must bring a positive amount, not " + transfer.getAmountMinor());
        }
        return Optional.of(PolicyCommand.of(
                AccountCommandFormat.CODEC,
                transfer.getEventId(),
                meta -> new AccountCommand.Deposit(
                        transfer.getAccountId(), meta.commandId(), transfer.getAmountMinor(), meta.issuedAt())));
    }
}
