package edu.lifecycle.billing.account.stream;

import edu.lifecycle.billing.account.AccountDecider;
import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.servicekit.stream.Aggregates;
import edu.lifecycle.servicekit.stream.Policies;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import org.apache.kafka.streams.StreamsBuilder;

/**
 * The command side of billing: the per-student account, fed by REST commands and by the policies that turn
 * enrollments, withdrawals and work-study contracts into account commands.
 */
public final class AccountsTopology implements TopologyDefinition {

    private final BillingTopics topics;
    private final TuitionCatalog catalog;

    public AccountsTopology(BillingTopics topics, TuitionCatalog catalog) {
        this.topics = topics;
        this.catalog = catalog;
    }

    @Override
    public void define(StreamsBuilder builder) {
        var accounts = Aggregates.attach(
                builder, topics.commandTopics(), AccountAggregate.of(new AccountDecider(catalog), topics));
        Policies.decide(builder, topics.admissionsEvents(), EnrollmentPolicy.NAME, new EnrollmentPolicy(), accounts);
        Policies.decide(builder, topics.placementEvents(), WorkStudyPolicy.NAME, new WorkStudyPolicy(), accounts);
    }
}
