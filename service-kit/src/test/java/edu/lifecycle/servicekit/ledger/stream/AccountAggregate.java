package edu.lifecycle.servicekit.ledger.stream;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.ledger.account.Account;
import edu.lifecycle.servicekit.ledger.account.AccountCommand;
import edu.lifecycle.servicekit.ledger.account.AccountEvent;
import edu.lifecycle.servicekit.ledger.tally.BandTally;
import edu.lifecycle.servicekit.stream.AggregateSpec;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** The account aggregate as the kit runs it. */
public final class AccountAggregate implements AggregateSpec<Account, AccountCommand, AccountEvent> {

    public static final String NAME = "account";
    public static final String STATE_STORE = NAME + "-state";

    private final LedgerTopics topics;

    public AccountAggregate(LedgerTopics topics) {
        this.topics = topics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AccountCommand toCommand(CommandEnvelope envelope) {
        return switch (envelope.type()) {
            case "open-account" ->
                new AccountCommand.OpenAccount(
                        envelope.payloadAs(AccountPayloads.Opening.class).owner());
            case "deposit" ->
                new AccountCommand.Deposit(
                        envelope.commandId(),
                        envelope.payloadAs(AccountPayloads.Amount.class).amount(),
                        envelope.issuedAt());
            case "withdraw" ->
                new AccountCommand.Withdraw(
                        envelope.commandId(),
                        envelope.payloadAs(AccountPayloads.Amount.class).amount());
            default -> throw new IllegalArgumentException("Unknown account command " + envelope.type());
        };
    }

    @Override
    public Account initial(String key) {
        return Account.unopened(key);
    }

    @Override
    public Decision<AccountEvent> decide(Account state, AccountCommand command) {
        return state.decide(command);
    }

    @Override
    public Account evolve(Account state, AccountEvent event) {
        return state.evolve(event);
    }

    @Override
    public Serde<Account> stateSerde() {
        return JsonSerde.of(Account.class);
    }

    @Override
    public Object view(Account state) {
        return AccountView.of(state);
    }

    @Override
    public List<Publication> publish(EventContext context, AccountEvent event) {
        String key = context.key();
        List<Publication> publications = new ArrayList<>();
        if (event instanceof AccountEvent.AccountOpened) {
            publications.add(Publication.to(topics.entries(), key, new LedgerEntry(key, "opened", 0)));
        } else if (event instanceof AccountEvent.Deposited deposited) {
            publications.add(
                    Publication.to(topics.entries(), key, new LedgerEntry(key, "deposited", deposited.amount())));
            String band = BandTally.bandOf(deposited.amount());
            publications.add(Publication.to(
                    topics.tallyCommands(),
                    band,
                    CommandEnvelope.of(
                            "tally:" + deposited.reference(),
                            band,
                            "count-deposit",
                            new BandTally.CountDeposit(deposited.reference(), deposited.amount()),
                            deposited.at())));
        } else if (event instanceof AccountEvent.Withdrawn withdrawn) {
            publications.add(
                    Publication.to(topics.entries(), key, new LedgerEntry(key, "withdrawn", withdrawn.amount())));
        }
        return publications;
    }

    @Override
    public List<Topic<?, ?>> outputs() {
        return List.of(topics.entries(), topics.tallyCommands());
    }
}
