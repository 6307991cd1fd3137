package edu.lifecycle.servicekit.ledger.stream;

import edu.lifecycle.servicekit.command.CommandMeta;
import edu.lifecycle.servicekit.ledger.account.Account;
import edu.lifecycle.servicekit.ledger.account.AccountCommand;
import edu.lifecycle.servicekit.ledger.account.AccountEvent;
import edu.lifecycle.servicekit.ledger.tally.BandTally;
import edu.lifecycle.servicekit.stream.Aggregate;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The account aggregate as the kit runs it. */
public final class AccountAggregate {

    public static final String NAME = "account";
    public static final String STATE_STORE = Aggregate.stateStoreOf(NAME);

    private AccountAggregate() {}

    public static Aggregate<Account, AccountCommand, AccountEvent> of(LedgerTopics topics) {
        return Aggregate.<Account, AccountCommand, AccountEvent>named(NAME)
                .startingFrom(Account.class, Account::unopened, Account::decide, Account::evolve)
                .readingCommands(AccountCommandFormat.CODEC)
                .showing(AccountView::of)
                .publishing(
                        List.of(topics.entries(), topics.tallyCommands()),
                        (context, event) -> publish(topics, context, event));
    }

    private static List<Publication> publish(LedgerTopics topics, EventContext context, AccountEvent event) {
        String key = context.key();
        List<Publication> publications = new ArrayList<>();
        if (event instanceof AccountEvent.AccountOpened) {
            publications.add(Publication.to(topics.entries(), key, new LedgerEntry(key, "opened", 0)));
        } else if (event instanceof AccountEvent.Deposited deposited) {
            publications.add(
                    Publication.to(topics.entries(), key, new LedgerEntry(key, "deposited", deposited.amount())));
            String band = BandTally.bandOf(deposited.amount());
            var meta = new CommandMeta("tally:" + deposited.reference(), deposited.at(), Optional.empty());
            var count = new BandTally.CountDeposit(band, deposited.reference(), deposited.amount(), deposited.at());
            publications.add(
                    Publication.to(topics.tallyCommands(), band, TallyCommandFormat.CODEC.envelope(meta, count)));
        } else if (event instanceof AccountEvent.Withdrawn withdrawn) {
            publications.add(
                    Publication.to(topics.entries(), key, new LedgerEntry(key, "withdrawn", withdrawn.amount())));
        }
        return publications;
    }
}
