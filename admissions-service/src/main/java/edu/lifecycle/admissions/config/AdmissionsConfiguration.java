package edu.lifecycle.admissions.config;

import edu.lifecycle.admissions.application.stream.ApplicationsTopology;
import edu.lifecycle.admissions.cohort.stream.CohortTopology;
import edu.lifecycle.admissions.privacy.PersonalDataKeys;
import edu.lifecycle.admissions.programme.ProgrammeCatalog;
import edu.lifecycle.admissions.timeline.stream.TimelineTopology;
import edu.lifecycle.admissions.topics.AdmissionsTopics;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Topics and the topology: the command side first, then the read models. */
@Configuration(proxyBeanMethods = false)
class AdmissionsConfiguration {

    @Bean
    AdmissionsTopics admissionsTopics(TopicNames names, CommandTopics commandTopics, AvroSerdes avro) {
        return new AdmissionsTopics(names, commandTopics, avro);
    }

    @Bean
    @Order(0)
    TopologyDefinition applicationsTopology(
            AdmissionsTopics topics, ProgrammeCatalog programmes, PersonalDataKeys personalDataKeys) {
        return new ApplicationsTopology(topics, programmes, personalDataKeys);
    }

    /** The pipeline, the funnel and the cohort roster, from all four public topics. */
    @Bean
    @Order(10)
    TopologyDefinition cohortReadModels(AdmissionsTopics topics) {
        return new CohortTopology(topics);
    }

    @Bean
    @Order(11)
    TopologyDefinition timelines(AdmissionsTopics topics) {
        return new TimelineTopology(topics);
    }
}
