package edu.lifecycle.placement.config;

import edu.lifecycle.placement.placement.AcademicYears;
import edu.lifecycle.placement.placement.ProgrammeCatalog;
import edu.lifecycle.placement.placement.stream.PlacementsTopology;
import edu.lifecycle.placement.placement.stream.StudentPlacementsTopology;
import edu.lifecycle.placement.topics.PlacementTopics;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Reference data, topics, the command side and the read models of the topology. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlacementProperties.class)
class PlacementConfiguration {

    @Bean
    ProgrammeCatalog programmeCatalog(PlacementProperties properties) {
        return properties.toCatalog();
    }

    /**
     * The school's calendar in placement's words: when each academic year starts (derived by rule, so every open
     * year has a start) and which years are open.
     */
    @Bean
    AcademicYears academicYears(AcademicCalendar calendar) {
        return new AcademicYears(calendar.yearStart(), calendar.openYears());
    }

    @Bean
    PlacementTopics placementTopics(TopicNames names, CommandTopics commandTopics, AvroSerdes avro) {
        return new PlacementTopics(names, commandTopics, avro);
    }

    @Bean
    @Order(0)
    TopologyDefinition placementsTopology(PlacementTopics topics, ProgrammeCatalog programmes, AcademicYears calendar) {
        return new PlacementsTopology(topics, programmes, calendar);
    }

    /** Each student's placements, from placement's own events. */
    @Bean
    @Order(10)
    TopologyDefinition studentPlacements(PlacementTopics topics) {
        return new StudentPlacementsTopology(topics);
    }

    /** Pending validations, work-study numbers, graduate outcomes and experience per programme year. */
    @Bean
    @Order(11)
    TopologyDefinition cohortReadModels(PlacementTopics topics) {
        return ProgrammeYearReadModels.topology(topics);
    }
}
