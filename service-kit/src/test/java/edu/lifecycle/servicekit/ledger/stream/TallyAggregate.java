package edu.lifecycle.servicekit.ledger.stream;

import edu.lifecycle.servicekit.ledger.tally.BandTally;
import edu.lifecycle.servicekit.ledger.tally.BandTally.DepositCounted;
import edu.lifecycle.servicekit.ledger.tally.BandTally.TallyCommand;
import edu.lifecycle.servicekit.stream.Aggregate;
import java.util.List;

/** The band tally as the kit runs it: keyed by band, fed by the account aggregate's internal commands. */
public final class TallyAggregate {

    public static final String NAME = "band-tally";
    public static final String STATE_STORE = Aggregate.stateStoreOf(NAME);

    private TallyAggregate() {}

    public static Aggregate<BandTally, TallyCommand, DepositCounted> of() {
        return Aggregate.<BandTally, TallyCommand, DepositCounted>named(NAME)
                .startingFrom(BandTally.class, BandTally::empty, BandTally::decide, BandTally::evolve)
                .readingCommands(TallyCommandFormat.CODEC)
                .showing(tally -> tally)
                .publishing(List.of(), (context, event) -> List.of());
    }
}
