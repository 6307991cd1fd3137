package edu.lifecycle.billing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import edu.lifecycle.billing.account.Accounts;
import edu.lifecycle.billing.account.stream.AccountAggregate;
import edu.lifecycle.billing.account.stream.AccountLedger;
import edu.lifecycle.billing.overdue.stream.OverdueScanTopology;
import edu.lifecycle.billing.receivables.stream.ReceivablesStores;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.Aggregate;
import edu.lifecycle.servicekit.stream.ServiceTopology;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Billing's two Streams applications: the command side holds the account aggregate and the overdue scan that sends it
 * commands; every store a GET reads is a read model, never the aggregate's state.
 */
class QueriesReadReadModelsTest {

    private final BillingTopics topics = new BillingTopics(
            TopicNames.unprefixed(),
            CommandTopics.forService(TopicNames.unprefixed(), "billing"),
            new AvroSerdes("mock://queries-read-read-models"));
    private final List<TopologyDefinition> definitions =
            BillingDriver.definitions(topics, Accounts.catalog(), Clock.systemUTC());

    @Test
    void theOverdueScanRunsOnTheCommandSideBesideTheAggregate() {
        var commandSide = ServiceTopology.storeNames(ServiceTopology.commandSide(definitions, topics.commandTopics()));
        var readModels = ServiceTopology.storeNames(ServiceTopology.readModels(definitions, topics.commandTopics()));

        assertThat(commandSide).contains(AccountAggregate.STATE_STORE, OverdueScanTopology.ASKED_STORE);
        assertThat(readModels).doesNotContain(OverdueScanTopology.ASKED_STORE);
        assertThat(ServiceTopology.sourceTopics(ServiceTopology.readModels(definitions, topics.commandTopics())))
                .doesNotContain(topics.accountCommands().name());
    }

    @Test
    void everyStoreABillingQueryReadsIsAReadModel() {
        var readModels = ServiceTopology.storeNames(ServiceTopology.readModels(definitions, topics.commandTopics()));

        assertThat(readModels)
                .contains(AccountLedger.STORE, ReceivablesStores.RECEIVABLES, ReceivablesStores.OVERDUE)
                .doesNotContain(AccountAggregate.STATE_STORE);
        // The aggregate's store name is computed, not a constant: a controller reading it would depend on these.
        noClasses()
                .that()
                .resideInAPackage("edu.lifecycle.billing..web..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(AccountAggregate.class, Aggregate.class)
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("edu.lifecycle.billing"));
    }
}
