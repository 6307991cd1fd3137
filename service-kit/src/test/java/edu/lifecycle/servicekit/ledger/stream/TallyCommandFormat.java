package edu.lifecycle.servicekit.ledger.stream;

import edu.lifecycle.servicekit.command.CommandCodec;
import edu.lifecycle.servicekit.ledger.tally.BandTally.TallyCommand;

/**
 * The internal format of the band tally's commands on {@code ledger.tally-commands}, which the account aggregate
 * writes: {@code count-deposit}, keyed by band, the deposit's reference and amount the payload.
 */
public final class TallyCommandFormat {

    public static final CommandCodec<TallyCommand> CODEC =
            CommandCodec.of(TallyCommand.class).keyedBy("band").build();

    private TallyCommandFormat() {}
}
