package edu.lifecycle.billing.receivables.stream;

import edu.lifecycle.billing.overdue.stream.OverdueScan;
import edu.lifecycle.billing.receivables.StudentReceivables;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.servicekit.command.CommandEnvelope;
import edu.lifecycle.servicekit.json.JsonSerde;
import edu.lifecycle.servicekit.stream.ReadModelDefinition;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The read models of billing, from its own events: each student's account folded per student, whose shares are
 * repartitioned by {@code programme/year} into the receivables and the overdue list; and the overdue scan, whose
 * commands go back to the account through the commands topic.
 */
public final class ReceivablesTopology implements ReadModelDefinition {

    /** Names the repartition topic ({@code <application.id>-read-models-receivables-shares-repartition}), created by Streams. */
    static final String SHARES_BY_COHORT = "receivables-shares";

    private final BillingTopics topics;
    private final OverdueScan scan;
    private final Clock clock;
    private final Duration scanInterval;

    public ReceivablesTopology(BillingTopics topics, OverdueScan scan, Clock clock, Duration scanInterval) {
        this.topics = topics;
        this.scan = scan;
        this.clock = clock;
        this.scanInterval = scanInterval;
    }

    @Override
    public void define(StreamsBuilder builder) {
        var events = topics.events();
        var projected = builder.stream(events.name(), events.consumed().withName("billing-events"))
                .process(
                        AccountLedgerProjector.supplier(scan, clock, scanInterval),
                        Named.as("account-ledger-projector"));
        projected
                .filter((key, value) -> value instanceof StudentReceivables, Named.as("receivables-shares-only"))
                .mapValues(value -> (StudentReceivables) value, Named.as("as-receivables-share"))
                .repartition(Repartitioned.<String, StudentReceivables>as(SHARES_BY_COHORT)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(JsonSerde.of(StudentReceivables.class)))
                .process(ReceivablesProjector.supplier(), Named.as("receivables-projector"));
        var commands = topics.accountCommands();
        projected
                .filter((key, value) -> value instanceof CommandEnvelope, Named.as("overdue-commands-only"))
                .mapValues(value -> (CommandEnvelope) value, Named.as("as-overdue-command"))
                .to(commands.name(), commands.produced().withName("overdue-commands"));
    }
}
