package edu.lifecycle.servicekit.ledger;

import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopics;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopology;
import edu.lifecycle.servicekit.security.AccessRules;
import edu.lifecycle.servicekit.security.Roles;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/** The test ledger as a service: all the wiring a service writes besides its controllers. */
@SpringBootApplication
public class LedgerTestApplication {

    static {
        TrustedTestRecords.trust();
    }

    @Bean
    LedgerTopics ledgerTopics(TopicNames names, CommandTopics commandTopics, AvroSerdes avro) {
        return new LedgerTopics(names, commandTopics, avro.values());
    }

    @Bean
    TopologyDefinition ledgerTopology(LedgerTopics topics) {
        return new LedgerTopology(topics);
    }

    /** A bank's rules in the school's roles: a bursar runs the accounts, a student reads their own. */
    @Bean
    AccessRules accessRules() {
        return AccessRules.forService(Roles.BURSAR)
                .studentCheckedByEndpoint(HttpMethod.POST, "/api/v1/accounts", Roles.BURSAR)
                .allow(HttpMethod.POST, "/api/v1/accounts/{accountId}/deposits", Roles.BURSAR)
                .allow(HttpMethod.POST, "/api/v1/accounts/{accountId}/withdrawals", Roles.BURSAR)
                .allow(HttpMethod.GET, "/api/v1/accounts/{accountId}", Roles.BURSAR, Roles.OPERATIONS_VIEWER)
                .allow(HttpMethod.GET, "/api/v1/defect", Roles.BURSAR)
                .build();
    }

    public static void main(String[] args) {
        SpringApplication.run(LedgerTestApplication.class, args);
    }
}
