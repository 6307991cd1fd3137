package edu.lifecycle.servicekit.ledger.tally;

import edu.lifecycle.servicekit.decision.Decision;

/** The deposits of one size band ({@code small} or {@code large}). */
public record BandTally(String band, int deposits, long total) {

    /** Asks the tally to count one deposit. */
    public record CountDeposit(String reference, long amount) {}

    /** One deposit was counted. */
    public record DepositCounted(String band, long amount) {}

    public static BandTally empty(String band) {
        return new BandTally(band, 0, 0);
    }

    public static String bandOf(long amount) {
        return amount < 100 ? "small" : "large";
    }

    public Decision<DepositCounted> decide(CountDeposit command) {
        return Decision.accept(new DepositCounted(band, command.amount()));
    }

    public BandTally evolve(DepositCounted event) {
        return new BandTally(band, deposits + 1, total + event.amount());
    }
}
