package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.AccountDecider;
import edu.lifecycle.billing.account.AccountEvent;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.servicekit.stream.Aggregate;
import edu.lifecycle.servicekit.stream.Publication;
import java.util.List;

/** A student's tuition account as the kit runs it: every event goes to {@code billing.events}. */
public final class AccountAggregate {

    public static final String NAME = "account";
    public static final String STATE_STORE = Aggregate.stateStoreOf(NAME);

    private AccountAggregate() {}

    public static Aggregate<Account, AccountCommand, AccountEvent> of(AccountDecider decider, BillingTopics topics) {
        // No state until the student enrolls: the decider reads Optional.empty() as "no account".
        return Aggregate.<Account, AccountCommand, AccountEvent>named(NAME)
                .absentUntilFirstEvent(Account.class, decider::decide, decider::evolve)
                // The account flat, as the store held it before the account was narrowed into parts: StoredAccount.
                .storedAs(AccountStores.accounts())
                .readingCommands(AccountCommandFormat.CODEC)
                .showing(AccountView::of)
                .publishing(
                        List.of(topics.events()),
                        (context, event) -> List.of(Publication.to(
                                topics.events(),
                                context.key(),
                                PublishedAccountEvents.toAvro(event, context.eventId()))));
    }
}
