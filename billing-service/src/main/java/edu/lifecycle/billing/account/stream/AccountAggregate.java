package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.AccountDecider;
import edu.lifecycle.billing.account.AccountEvent;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.stream.AggregateSpec;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;

/** A student's tuition account as the kit runs it: every event goes to {@code billing.events}. */
public final class AccountAggregate implements AggregateSpec<Account, AccountCommand, AccountEvent> {

    public static final String NAME = "account";
    public static final String STATE_STORE = NAME + "-state";

    private final AccountDecider decider;
    private final BillingTopics topics;

    public AccountAggregate(AccountDecider decider, BillingTopics topics) {
        this.decider = decider;
        this.topics = topics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AccountCommand toCommand(CommandEnvelope envelope) {
        return AccountCommands.from(envelope);
    }

    /** No state until the student enrolls: the decider reads {@code null} as "no account". */
    @Override
    public Account initial(String key) {
        return null;
    }

    @Override
    public Decision<AccountEvent> decide(Account state, AccountCommand command) {
        return decider.decide(Optional.ofNullable(state), command);
    }

    @Override
    public Account evolve(Account state, AccountEvent event) {
        return decider.evolve(Optional.ofNullable(state), event);
    }

    @Override
    public Serde<Account> stateSerde() {
        return JsonSerde.of(Account.class);
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
