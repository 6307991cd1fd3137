package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.Account;
import edu.lifecycle.servicekit.topic.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * The account as students and the bursar read it ({@code GET /api/v1/accounts/{id}}): a read model folded from
 * {@code billing.events}, never the aggregate's own state, so a query shows what the published events say. It is
 * built in the read models: the read model that needs every account (the receivables) {@link #project projects} it
 * and builds on the stream of accounts it returns, so the events are read and folded once.
 */
public final class AccountLedger {

    /** Student id → {@link LedgerEntry}: the account folded from {@code billing.events}, as students see it. */
    public static final String STORE = "account-ledger";

    private AccountLedger() {}

    /** Reads {@code events} into the ledger; the stream of each student's account after an event changed it. */
    public static KStream<String, Account> project(StreamsBuilder builder, Topic<String, SpecificRecord> events) {
        return builder.stream(events.name(), events.consumed().withName("billing-events"))
                .process(AccountLedgerProjector.supplier(), Named.as("account-ledger-projector"));
    }
}
