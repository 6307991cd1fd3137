package edu.lifecycle.servicekit.ledger;

import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopics;
import edu.lifecycle.servicekit.ledger.stream.LedgerTopology;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

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

    public static void main(String[] args) {
        SpringApplication.run(LedgerTestApplication.class, args);
    }
}
