package edu.lifecycle.servicekit.ledger.stream;

import edu.lifecycle.servicekit.stream.Aggregates;
import edu.lifecycle.servicekit.stream.Policies;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import org.apache.kafka.streams.StreamsBuilder;

/** The ledger's topology: accounts, the band tally they feed, and the bank-transfer policy. */
public final class LedgerTopology implements TopologyDefinition {

    private final LedgerTopics topics;

    public LedgerTopology(LedgerTopics topics) {
        this.topics = topics;
    }

    @Override
    public void define(StreamsBuilder builder) {
        var accounts = Aggregates.attach(builder, topics.commands(), AccountAggregate.of(topics));
        Aggregates.attach(builder, topics.tallyCommands(), topics.commands().outcomes(), TallyAggregate.of());
        Policies.decide(builder, topics.transfers(), TransferPolicy.NAME, new TransferPolicy(), accounts);
    }
}
