package edu.lifecycle.curriculum.config;

import edu.lifecycle.curriculum.defense.stream.DefenseCalendarTopology;
import edu.lifecycle.curriculum.graduation.stream.GraduationTopology;
import edu.lifecycle.curriculum.programme.GradingScheme;
import edu.lifecycle.curriculum.programme.ProgrammeCatalog;
import edu.lifecycle.curriculum.results.stream.ResultsTopology;
import edu.lifecycle.curriculum.topics.CurriculumTopics;
import edu.lifecycle.curriculum.transcript.stream.TranscriptsTopology;
import edu.lifecycle.servicekit.calendar.AcademicCalendar;
import edu.lifecycle.servicekit.command.CommandTopics;
import edu.lifecycle.servicekit.stream.TopologyDefinition;
import edu.lifecycle.servicekit.topic.AvroSerdes;
import edu.lifecycle.servicekit.topic.TopicNames;
import edu.lifecycle.servicekit.web.ProgrammeYears;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Reference data, topics, and the topology: the command side, then each read model. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CurriculumProperties.class)
class CurriculumConfiguration {

    @Bean
    ProgrammeCatalog programmeCatalog(CurriculumProperties properties) {
        return properties.toCatalog();
    }

    /**
     * The programme years the curriculum reports on (results, graduation readiness): a programme it teaches, in a year
     * the school has opened or of which it holds something. Its reference data is per programme, not per year, so
     * there is no open year it could lack.
     */
    @Bean
    ProgrammeYears programmeYears(ProgrammeCatalog programmes, AcademicCalendar calendar) {
        return new ProgrammeYears(programme -> programmes.find(programme).isPresent(), calendar::isOpen);
    }

    @Bean
    GradingScheme gradingScheme(CurriculumProperties properties) {
        return properties.toGradingScheme();
    }

    @Bean
    CurriculumTopics curriculumTopics(TopicNames names, CommandTopics commandTopics, AvroSerdes avro) {
        return new CurriculumTopics(names, commandTopics, avro);
    }

    @Bean
    @Order(0)
    TopologyDefinition transcriptsTopology(
            CurriculumTopics topics, ProgrammeCatalog programmes, GradingScheme grading) {
        return new TranscriptsTopology(topics, programmes, grading);
    }

    @Bean
    @Order(1)
    TopologyDefinition graduationTopology(CurriculumTopics topics) {
        return new GraduationTopology(topics);
    }

    @Bean
    @Order(2)
    TopologyDefinition defenseCalendarTopology(CurriculumTopics topics) {
        return new DefenseCalendarTopology(topics);
    }

    @Bean
    @Order(3)
    TopologyDefinition resultsTopology(CurriculumTopics topics) {
        return new ResultsTopology(topics);
    }
}
