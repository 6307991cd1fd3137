package edu.lifecycle.billing.overdue.stream;

import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.billing.account.stream.AccountAggregate;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;

/**
 * The overdue scan, on the command side beside the account aggregate it sends {@code mark-overdue} to: it reads the
 * aggregate's state in the aggregate's own task (the commands topic's partitions), so it needs no read model, sees
 * every accepted command at once, and a rebuild of the read models can neither stop nor repeat it. Defined after the
 * aggregate, whose store it reads.
 */
public final class OverdueScanTopology implements TopologyDefinition {

    /** Student id → the day the scan last asked the account to mark its overdue lines. */
    public static final String ASKED_STORE = "overdue-scan-asked";

    private final BillingTopics topics;
    private final OverdueScan scan;
    private final Clock clock;
    private final Duration interval;

    public OverdueScanTopology(BillingTopics topics, TuitionCatalog catalog, Clock clock, Duration interval) {
        this.topics = topics;
        this.scan = new OverdueScan(catalog);
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public void define(StreamsBuilder builder) {
        var commands = topics.accountCommands();
        // The same source as the aggregate's (Streams merges the two): the scan joins the aggregate's task.
        builder.stream(commands.name(), commands.consumed())
                .process(
                        OverdueScanProcessor.supplier(scan, clock, interval),
                        Named.as("overdue-scan"),
                        AccountAggregate.STATE_STORE)
                .to(commands.name(), commands.produced().withName("overdue-commands"));
    }
}
