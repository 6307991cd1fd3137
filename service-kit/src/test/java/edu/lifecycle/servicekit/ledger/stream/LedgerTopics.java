package edu.lifecycle.servicekit.ledger.stream;

import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.ledger.bank.TransferReceived;
import edu.lifecycle.servicekit.topic.Topic;
import edu.lifecycle.servicekit.topic.TopicCatalogue;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Every topic of the test ledger, named once. */
public final class LedgerTopics implements TopicCatalogue {

    private final CommandTopics commands;
    private final Topic<String, LedgerEntry> entries;
    private final Topic<String, CommandEnvelope> tallyCommands;
    private final Topic<String, TransferReceived> transfers;

    public LedgerTopics(TopicNames names, CommandTopics commands, Serde<TransferReceived> transferSerde) {
        this.commands = commands;
        this.entries = Topic.log(names.of("ledger.entries"), Serdes.String(), JsonSerde.of(LedgerEntry.class));
        this.tallyCommands = CommandTopics.commandsTopic(names.of("ledger.tally-commands"));
        this.transfers = Topic.log(names.of("bank.transfers"), Serdes.String(), transferSerde);
    }

    public CommandTopics commands() {
        return commands;
    }

    public Topic<String, LedgerEntry> entries() {
        return entries;
    }

    public Topic<String, CommandEnvelope> tallyCommands() {
        return tallyCommands;
    }

    public Topic<String, TransferReceived> transfers() {
        return transfers;
    }

    @Override
    public List<Topic<?, ?>> topics() {
        return List.of(entries, tallyCommands, transfers);
    }
}
