package edu.lifecycle.servicekit.ledger.tally;

import edu.lifecycle.servicekit.decision.Decision;
import java.time.Instant;

/** The deposits of one size band ({@code small} or {@code large}). */
public record BandTally(String band, int deposits, long total) {

    /** What can be asked of a tally. */
    public sealed interface TallyCommand {}

    /** Asks the tally of {@code band} to count one deposit. */
    public record CountDeposit(String band, String reference, long amount, Instant issuedAt) implements TallyCommand {}

    /** One deposit was counted. */
    public record DepositCounted(String band, long amount) {}

    public static BandTally empty(String band) {
        return new BandTally(band, 0, 0);
    }

    public static String bandOf(long amount) {
        return amount < 100 ? "small" : "large";
    }

    public Decision<DepositCounted> decide(TallyCommand command) {
        var count = (CountDeposit) command;
        return Decision.accept(new DepositCounted(band, count.amount()));
    }

    public BandTally evolve(DepositCounted event) {
        return new BandTally(band, deposits + 1, total + event.amount());
    }
}
