package edu.lifecycle.billing.config;

import edu.lifecycle.billing.account.TuitionCatalog;
import edu.lifecycle.billing.account.stream.AccountsTopology;
import edu.lifecycle.billing.overdue.metrics.OverdueInstalmentsGauge;
import edu.lifecycle.billing.overdue.stream.OverdueScanTopology;
import edu.lifecycle.billing.receivables.stream.ReceivablesTopology;
import edu.lifecycle.billing.topics.BillingTopics;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.query.StoreQueries;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import edu.lifecycle.servicekit.web.ProgrammeYears;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Reference data, topics, the command side and the read models of the topology. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingProperties.class)
class BillingConfiguration {

    @Bean
    TuitionCatalog tuitionCatalog(BillingProperties properties, AcademicCalendar calendar) {
        var catalog = properties.toCatalog();
        ReferenceDataCheck.verify(properties, catalog, calendar);
        return catalog;
    }

    /**
     * The programme years billing reports on (receivables, the overdue list): a programme it has tuition terms for,
     * in a year the school has opened or of which it holds accounts.
     */
    @Bean
    ProgrammeYears programmeYears(TuitionCatalog catalog, AcademicCalendar calendar) {
        return new ProgrammeYears(catalog::bills, calendar::isOpen);
    }

    @Bean
    BillingTopics billingTopics(TopicNames names, CommandTopics commandTopics, AvroSerdes avro) {
        return new BillingTopics(names, commandTopics, avro);
    }

    @Bean
    @Order(0)
    TopologyDefinition accountsTopology(BillingTopics topics, TuitionCatalog catalog) {
        return new AccountsTopology(topics, catalog);
    }

    @Bean
    OverdueInstalmentsGauge overdueInstalmentsGauge(StoreQueries stores) {
        return new OverdueInstalmentsGauge(stores);
    }

    /** On the command side after the aggregate, whose state store it reads. */
    @Bean
    @Order(1)
    TopologyDefinition overdueScanTopology(
            BillingTopics topics, TuitionCatalog catalog, Clock clock, BillingProperties properties) {
        return new OverdueScanTopology(topics, catalog, clock, properties.overdueScanInterval());
    }

    @Bean
    @Order(2)
    TopologyDefinition receivablesTopology(BillingTopics topics) {
        return new ReceivablesTopology(topics);
    }
}
