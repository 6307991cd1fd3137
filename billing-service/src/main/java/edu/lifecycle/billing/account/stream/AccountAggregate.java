package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.AccountDecider;
import edu.lifecycle.billing.account.AccountEvent;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.stream.AggregateLogic;
import edu.lifecycle.servicekit.stream.AggregateSpec;
import edu.lifecycle.servicekit.stream.DeciderAggregateSpec;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** A student's tuition account as the kit runs it: every event goes to {@code billing.events}. */
public final class AccountAggregate extends DeciderAggregateSpec<Account, AccountCommand, AccountEvent> {

    public static final String NAME = "account";
    public static final String STATE_STORE = AggregateSpec.stateStoreOf(NAME);

    private final BillingTopics topics;

    public AccountAggregate(AccountDecider decider, BillingTopics topics) {
        // No state until the student enrolls: the decider reads Optional.empty() as "no account".
        super(AggregateLogic.absentUntilFirstEvent(NAME, Account.class, decider::decide, decider::evolve));
        this.topics = topics;
    }

    @Override
    public AccountCommand toCommand(CommandEnvelope envelope) {
        return AccountCommands.from(envelope);
    }

    /** The account flat, as the store held it before the account was narrowed into parts: see {@link StoredAccount}. */
    @Override
    public Serde<Account> stateSerde() {
        return AccountStores.accounts();
    }

    @Override
    public Object view(Account state) {
        return state == null ? null : AccountView.of(state);
    }

    @Override
    public List<Publication> publish(EventContext context, AccountEvent event) {
        return List.of(Publication.to(
                topics.events(), context.key(), PublishedAccountEvents.toAvro(event, context.eventId())));
    }

    @Override
    public List<Topic<?, ?>> outputs() {
        return List.of(topics.events());
    }
}
