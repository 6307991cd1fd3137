package edu.lifecycle.servicekit.ledger.stream;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.ledger.tally.BandTally;
import edu.lifecycle.servicekit.ledger.tally.BandTally.CountDeposit;
import edu.lifecycle.servicekit.ledger.tally.BandTally.DepositCounted;
import edu.lifecycle.servicekit.stream.AggregateSpec;
import edu.lifecycle.servicekit.stream.EventContext;
import edu.lifecycle.servicekit.stream.Publication;
import edu.lifecycle.servicekit.topic.Topic;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;

/** The band tally as the kit runs it: keyed by band, fed by the account aggregate's internal commands. */
public final class TallyAggregate implements AggregateSpec<BandTally, CountDeposit, DepositCounted> {

    public static final String NAME = "band-tally";
    public static final String STATE_STORE = NAME + "-state";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CountDeposit toCommand(CommandEnvelope envelope) {
        return envelope.payloadAs(CountDeposit.class);
    }

    @Override
    public BandTally initial(String key) {
        return BandTally.empty(key);
    }

    @Override
    public Decision<DepositCounted> decide(BandTally state, CountDeposit command) {
        return state.decide(command);
    }

    @Override
    public BandTally evolve(BandTally state, DepositCounted event) {
        return state.evolve(event);
    }

    @Override
    public Serde<BandTally> stateSerde() {
        return JsonSerde.of(BandTally.class);
    }

    @Override
    public Object view(BandTally state) {
        return state;
    }

    @Override
    public List<Publication> publish(EventContext context, DepositCounted event) {
        String key = context.key();
        return List.of();
    }

    @Override
    public List<Topic<?, ?>> outputs() {
        return List.of();
    }
}
