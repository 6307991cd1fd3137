package edu.lifecycle.billing.receivables.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.billing.account.stream.AccountLedger;
import edu.lifecycle.billing.receivables.StudentReceivables;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.servicekit.state.StateSerde;
import edu.lifecycle.servicekit.stream.ReadModelDefinition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The read models of billing, from its own events: each student's account folded per student ({@link AccountLedger}),
 * whose shares of the receivables are repartitioned by {@code programme/year} into the receivables and the overdue
 * list.
 */
public final class ReceivablesTopology implements ReadModelDefinition {

    /** Names the repartition topic ({@code <application.id>-read-models-receivables-shares-repartition}), created by Streams. */
    static final String SHARES_BY_COHORT = "receivables-shares";

    private final BillingTopics topics;

    public ReceivablesTopology(BillingTopics topics) {
        this.topics = topics;
    }

    @Override
    public void define(StreamsBuilder builder) {
        AccountLedger.project(builder, topics.events())
                .map(ReceivablesTopology::shareByCohort, Named.as("receivables-share-by-cohort"))
                .repartition(Repartitioned.<String, StudentReceivables>as(SHARES_BY_COHORT)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(StateSerde.of(StudentReceivables.class)))
                .process(ReceivablesProjector.supplier(), Named.as("receivables-projector"));
    }

    /** The student's new share of the receivables, keyed by the programme year it counts toward. */
    private static KeyValue<String, StudentReceivables> shareByCohort(String studentId, Account account) {
        var share = StudentReceivables.of(account);
        return KeyValue.pair(share.cohort().key(), share);
    }
}
